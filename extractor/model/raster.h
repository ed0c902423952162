#pragma once
#include <cstddef>
#include <vector>

namespace occx {

// An RGB raster, 3 bytes a pixel, rows top to bottom.
struct RgbImage {
    int width = 0, height = 0;
    std::vector<unsigned char> pixels;
    const unsigned char* at(int x, int y) const { return &pixels[3 * (std::size_t(y) * width + x)]; }
};

}  // namespace occx

namespace occx {

// Turns an image back by `degrees` (0, 90, 180, 270): the raster of a page displayed rotated
// becomes the raster of the page as its text reads.
RgbImage rotate_raster(RgbImage image, int degrees);

}  // namespace occx
