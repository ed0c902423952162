#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "model/document.h"

namespace occx {

// An RGB raster, 3 bytes a pixel, rows top to bottom.
struct RgbImage {
    int width = 0, height = 0;
    std::vector<unsigned char> pixels;
    const unsigned char* at(int x, int y) const { return &pixels[3 * (std::size_t(y) * width + x)]; }
};

}  // namespace occx

namespace occx {

// A page's ink, one bit a pixel: a mark's shape at a resolution no colour raster is kept at (a
// scan's 7 pt trend arrow is a blob of a few pixels at 100 dpi), for a 24th of an RGB page's bytes.
struct InkBitmap {
    int width = 0, height = 0;
    std::vector<std::uint64_t> bits;  // rows top to bottom, each padded to whole words

    InkBitmap() = default;
    InkBitmap(int w, int h) : width(w), height(h), bits(std::size_t(words_per_row()) * std::size_t(h), 0) {}
    int words_per_row() const { return (width + 63) / 64; }
    bool ink(int x, int y) const { return bits[index(x, y)] >> (x % 64) & 1u; }
    void set(int x, int y) { bits[index(x, y)] |= std::uint64_t(1) << (x % 64); }

private:
    std::size_t index(int x, int y) const { return std::size_t(y) * std::size_t(words_per_row()) + std::size_t(x / 64); }
};

// A region's pixels in a raster width by height at dpi, clamped to it: floor of its start, ceiling
// of its end (an inverted region stays inverted).
struct PixelBounds {
    int x0, y0, x1, y1;
};
PixelBounds pixel_bounds(const Box& region, double dpi, int width, int height);

// The part of ink under region (points, at dpi) as an RGB raster, ink black on white, and in
// `local` the region in points of that crop.
RgbImage ink_crop(const InkBitmap& ink, double dpi, const Box& region, Box& local);

// The image shrunk by `scale` (< 1), each pixel the mean of the pixels it covers: a scan's colour
// raster for sampling, made without the 32 bit-a-pixel copy of the whole page a library would take.
RgbImage reduce_raster(const RgbImage& image, double scale);

// A raster kept for later in the bytes it needs: one a pixel where every pixel is grey (a grey
// or bilevel scan's raster), three otherwise.
struct PackedRaster {
    int width = 0, height = 0;
    bool grey = false;
    std::vector<unsigned char> bytes;
};
PackedRaster pack_raster(RgbImage image);
RgbImage unpack_raster(const PackedRaster& packed);

// Turns an image back by `degrees` (0, 90, 180, 270): the raster of a page displayed rotated
// becomes the raster of the page as its text reads.
RgbImage rotate_raster(RgbImage image, int degrees);

}  // namespace occx
