#include "model/raster.h"

#include <algorithm>
#include <cmath>
#include <cstring>

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
