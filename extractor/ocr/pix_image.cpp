#include "ocr/pix_image.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cstring>

#include "util/error.h"

namespace occx {

void PixDeleter::operator()(Pix* p) const { pixDestroy(&p); }

PixPtr checked(Pix* p, const char* what) {
    if (!p) fail("", std::string("image processing failed: ") + what);
    return PixPtr(p);
}

namespace {

// Rows [first, last) of img at 32 bits a pixel.
PixPtr rows_to_pix(const RgbImage& img, int first, int last) {
    PixPtr pix = checked(pixCreate(img.width, last - first, 32), "create");
    l_uint32* data = pixGetData(pix.get());
    const int wpl = pixGetWpl(pix.get());
    for (int y = first; y < last; ++y) {
        l_uint32* line = data + size_t(y - first) * wpl;
        for (int x = 0; x < img.width; ++x) {
            const unsigned char* p = img.at(x, y);
            line[x] = (l_uint32(p[0]) << 24) | (l_uint32(p[1]) << 16) | (l_uint32(p[2]) << 8);
        }
    }
    return pix;
}

// Rows converted to grey at a time: some hundreds of KB at 32 bits a pixel.
constexpr int kGreyBandRows = 64;

}  // namespace

PixPtr to_pix(const RgbImage& img) { return rows_to_pix(img, 0, img.height); }

PixPtr grey(const RgbImage& img) {
    PixPtr out = checked(pixCreate(img.width, img.height, 8), "create");
    l_uint32* data = pixGetData(out.get());
    const int wpl = pixGetWpl(out.get());
    for (int first = 0; first < img.height; first += kGreyBandRows) {
        const int last = std::min(img.height, first + kGreyBandRows);
        PixPtr band = grey(rows_to_pix(img, first, last).get());  // Leptonica's own weights, pixel by pixel
        std::memcpy(data + size_t(first) * wpl, pixGetData(band.get()), size_t(last - first) * wpl * sizeof(l_uint32));
    }
    return out;
}

RgbImage to_rgb(Pix* pix) {
    PixPtr rgb = checked(pixConvertTo32(pix), "convert to RGB");
    RgbImage img;
    img.width = pixGetWidth(rgb.get());
    img.height = pixGetHeight(rgb.get());
    img.pixels.resize(size_t(img.width) * img.height * 3);
    const l_uint32* data = pixGetData(rgb.get());
    const int wpl = pixGetWpl(rgb.get());
    for (int y = 0; y < img.height; ++y) {
        const l_uint32* line = data + size_t(y) * wpl;
        unsigned char* out = &img.pixels[3 * size_t(y) * img.width];
        for (int x = 0; x < img.width; ++x) {
            out[3 * x + 0] = (line[x] >> 24) & 0xFF;
            out[3 * x + 1] = (line[x] >> 16) & 0xFF;
            out[3 * x + 2] = (line[x] >> 8) & 0xFF;
        }
    }
    return img;
}

PixPtr grey(Pix* pix) { return checked(pixConvertTo8(pix, 0), "grey"); }

PixPtr even_background(Pix* grey_page) {
    return checked(pixBackgroundNormSimple(grey_page, nullptr, nullptr), "normalise background");
}

PixPtr binarised(Pix* pix) {
    PixPtr g = grey(pix);
    // A fixed threshold suits scans of printed reports: dark text on light paper. Coloured
    // status cells (mid grey in luminance) stay background, so they do not pose as text.
    return checked(pixThresholdToBinary(g.get(), 128), "binarise");
}

InkBitmap ink_bitmap(Pix* page, int grey_threshold) {
    PixPtr g = pixGetDepth(page) == 8 ? checked(pixClone(page), "clone") : grey(page);  // OCR's page is grey already
    PixPtr bits = checked(pixThresholdToBinary(g.get(), grey_threshold), "binarise");
    InkBitmap ink(pixGetWidth(bits.get()), pixGetHeight(bits.get()));
    const l_uint32* data = pixGetData(bits.get());
    const int wpl = pixGetWpl(bits.get());
    for (int y = 0; y < ink.height; ++y) {
        const l_uint32* line = data + size_t(y) * wpl;
        for (int x = 0; x < ink.width; ++x)
            if (GET_DATA_BIT(line, x)) ink.set(x, y);
    }
    return ink;
}

}  // namespace occx
