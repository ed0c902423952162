#include "model/raster.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

namespace occx {

RgbImage rotate_raster(RgbImage in, int degrees) {
    if (degrees % 360 == 0) return in;
    RgbImage out;
    const bool swap = degrees == 90 || degrees == 270;
    out.width = swap ? in.height : in.width;
    out.height = swap ? in.width : in.height;
    out.pixels.resize(in.pixels.size());
    for (int y = 0; y < out.height; ++y)
        for (int x = 0; x < out.width; ++x) {
            // the output pixel (x, y) came from this input pixel, inverting turn_back's mapping
            int sx, sy;
            switch (degrees) {
                case 90: sx = in.width - 1 - y; sy = x; break;
                case 180: sx = in.width - 1 - x; sy = in.height - 1 - y; break;
                default: sx = y; sy = in.height - 1 - x; break;  // 270
            }
            std::memcpy(&out.pixels[3 * (size_t(y) * out.width + x)], in.at(sx, sy), 3);
        }
    return out;
}

namespace {

// The source pixels [first, last) that destination pixel i of a reduction by scale covers.
std::pair<int, int> covered(int i, double scale, int source_size) {
    const int first = std::min(int(i / scale), source_size - 1);
    const int last = std::clamp(int((i + 1) / scale), first + 1, source_size);
    return {first, last};
}

}  // namespace

RgbImage reduce_raster(const RgbImage& in, double scale) {
    RgbImage out;
    if (in.width <= 0 || in.height <= 0 || !(scale > 0 && scale < 1)) return in;
    out.width = std::max(1, int(std::lround(in.width * scale)));
    out.height = std::max(1, int(std::lround(in.height * scale)));
    out.pixels.resize(size_t(out.width) * out.height * 3);
    std::vector<std::pair<int, int>> columns(size_t(out.width));
    for (int x = 0; x < out.width; ++x) columns[size_t(x)] = covered(x, scale, in.width);
    for (int y = 0; y < out.height; ++y) {
        const auto [y0, y1] = covered(y, scale, in.height);
        for (int x = 0; x < out.width; ++x) {
            const auto [x0, x1] = columns[size_t(x)];
            unsigned sum[3] = {0, 0, 0};
            for (int sy = y0; sy < y1; ++sy)
                for (int sx = x0; sx < x1; ++sx) {
                    const unsigned char* p = in.at(sx, sy);
                    for (int c = 0; c < 3; ++c) sum[c] += p[c];
                }
            const unsigned n = unsigned((y1 - y0) * (x1 - x0));
            unsigned char* o = &out.pixels[3 * (size_t(y) * out.width + x)];
            for (int c = 0; c < 3; ++c) o[c] = static_cast<unsigned char>((sum[c] + n / 2) / n);
        }
    }
    return out;
}

PackedRaster pack_raster(RgbImage image) {
    PackedRaster out{image.width, image.height, false, {}};
    const size_t n = size_t(image.width) * size_t(image.height);
    const unsigned char* p = image.pixels.data();
    bool grey = image.pixels.size() == 3 * n;
    for (size_t i = 0; grey && i < n; ++i) grey = p[3 * i] == p[3 * i + 1] && p[3 * i] == p[3 * i + 2];
    if (!grey) {
        out.bytes = std::move(image.pixels);
        return out;
    }
    out.grey = true;
    out.bytes.resize(n);
    for (size_t i = 0; i < n; ++i) out.bytes[i] = p[3 * i];
    return out;
}

RgbImage unpack_raster(const PackedRaster& packed) {
    RgbImage out{packed.width, packed.height, {}};
    if (!packed.grey) {
        out.pixels = packed.bytes;
        return out;
    }
    out.pixels.resize(packed.bytes.size() * 3);
    for (size_t i = 0; i < packed.bytes.size(); ++i) std::memset(&out.pixels[3 * i], packed.bytes[i], 3);
    return out;
}

PixelBounds pixel_bounds(const Box& region, double dpi, int width, int height) {
    const double s = dpi / 72.0;
    auto px = [](double v, int limit) { return int(std::clamp(v, 0.0, double(limit))); };
    return {px(std::floor(region.x0 * s), width), px(std::floor(region.y0 * s), height),
            px(std::ceil(region.x1 * s), width), px(std::ceil(region.y1 * s), height)};
}

RgbImage ink_crop(const InkBitmap& ink, double dpi, const Box& region, Box& local) {
    const double s = dpi / 72.0;
    const PixelBounds b = pixel_bounds(region, dpi, ink.width, ink.height);
    // An inverted region (a cell squeezed to nothing) is an empty crop.
    const int x0 = b.x0, x1 = std::max(b.x0, b.x1), y0 = b.y0, y1 = std::max(b.y0, b.y1);
    RgbImage out;
    out.width = x1 - x0;
    out.height = y1 - y0;
    out.pixels.assign(3 * size_t(out.width) * size_t(out.height), 255);
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x)
            if (ink.ink(x, y)) std::memset(&out.pixels[3 * (size_t(y - y0) * out.width + (x - x0))], 0, 3);
    local = Box{region.x0 - x0 / s, region.y0 - y0 / s, region.x1 - x0 / s, region.y1 - y0 / s};
    return out;
}

}  // namespace occx
