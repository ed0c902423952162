#include "ocr/deskew.h"

#include <leptonica/allheaders.h>

#include <cmath>

#include "ocr/pix_image.h"

namespace occx {

namespace {

constexpr double kPi = 3.14159265358979323846;

}  // namespace

double estimate_skew_degrees(const RgbImage& img) {
    PixPtr bin = binarised(to_pix(img).get());
    l_float32 angle = 0, conf = 0;
    // Sweep at 1/4 size in 1° steps, then refine by binary search at 1/2 size down to 0.01°.
    if (pixFindSkewSweepAndSearch(bin.get(), &angle, &conf, 4, 2, kMaxSkewDegrees, 1.0f, 0.01f) != 0)
        return 0;
    // Leptonica returns the correction, the opposite of the page's rotation.
    return conf > 0 ? -angle : 0;
}

RgbImage rotate_image(const RgbImage& img, double degrees) {
    PixPtr pix = to_pix(img);
    PixPtr out = checked(pixRotate(pix.get(), float(degrees * kPi / 180.0), L_ROTATE_AREA_MAP,
                                   L_BRING_IN_WHITE, 0, 0),
                         "rotate");
    return to_rgb(out.get());
}

RgbImage rotate_quarter_turns(const RgbImage& img, int quarters) {
    quarters = ((quarters % 4) + 4) % 4;
    if (quarters == 0) return img;
    PixPtr pix = to_pix(img);
    PixPtr out = checked(pixRotateOrth(pix.get(), quarters), "rotate");
    return to_rgb(out.get());
}

RgbImage scale_image(const RgbImage& img, double factor) {
    PixPtr pix = to_pix(img);
    PixPtr out = checked(factor < 1 ? pixScaleAreaMap(pix.get(), float(factor), float(factor))
                                    : pixScale(pix.get(), float(factor), float(factor)),
                         "scale");
    return to_rgb(out.get());
}

}  // namespace occx
