#include "model/raster.h"

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

}  // namespace occx
