#pragma once
// Leptonica images owned by RAII handles, and conversions to and from RgbImage.
#include <memory>

#include "model/raster.h"

struct Pix;

namespace occx {

struct PixDeleter {
    void operator()(Pix* p) const;
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

// Throws occx::Error when Leptonica returns no image (out of memory, bad size).
PixPtr checked(Pix* p, const char* what);

PixPtr to_pix(const RgbImage& img);
RgbImage to_rgb(Pix* pix);
// 8 bits a pixel, luminance.
PixPtr grey(Pix* pix);
// The same from an RGB raster, a band of rows at a time: a 300 dpi page never exists at 32 bits
// a pixel (35 MB for A4) beside its raster.
PixPtr grey(const RgbImage& img);
// A 1 bit-per-pixel image (text black = 1) for layout analysis.
PixPtr binarised(Pix* pix);
// The ink of a page (any depth) at its own resolution: pixels darker than grey_threshold.
InkBitmap ink_bitmap(Pix* page, int grey_threshold);
// The grey page with its background evened out to one level (Leptonica's background
// normalisation): paper shading and tinted cell fills fade into it, dark text stays.
PixPtr even_background(Pix* grey_page);

}  // namespace occx
