#pragma once
#include <vector>

namespace occx {

// An RGB raster, 3 bytes a pixel, rows top to bottom.
struct RgbImage {
    int width = 0, height = 0;
    std::vector<unsigned char> pixels;
    const unsigned char* at(int x, int y) const { return &pixels[3 * (size_t(y) * width + x)]; }
};

}  // namespace occx
