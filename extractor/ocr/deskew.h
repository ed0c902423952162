#pragma once
// Geometry of scanned pages: finding small skew (a page fed crooked), and rotating and
// scaling rasters. Quarter turns are found by reading (ocr/orientation.h).
#include "ocr/pix_image.h"
#include "model/raster.h"

namespace occx {

// Skew estimates only search this range; scanners rarely feed a page further off.
inline constexpr double kMaxSkewDegrees = 5.0;
// Below this, rotating the raster would blur it for no gain.
inline constexpr double kMinSkewCorrectionDegrees = 0.05;

// The angle, in degrees, by which the page's text lines are rotated (positive clockwise on
// screen, the sense rotate_image uses); 0 when no text lines are found.
double estimate_skew_degrees(const RgbImage& img);

// Rotates about the centre by degrees (positive clockwise on screen), keeping the size,
// bringing in white at the corners.
RgbImage rotate_image(const RgbImage& img, double degrees);
// Rotates by quarter turns clockwise (0..3); width and height swap for odd turns.
RgbImage rotate_quarter_turns(const RgbImage& img, int quarters);
// Scales by factor, averaging pixels when shrinking.
RgbImage scale_image(const RgbImage& img, double factor);

// The same on Leptonica images of any depth (the page pipeline works on grey for speed).
double estimate_skew_degrees(Pix* pix);
PixPtr rotate_pix(Pix* pix, double degrees);
PixPtr rotate_pix_quarter_turns(Pix* pix, int quarters);
PixPtr scale_pix(Pix* pix, double factor);

}  // namespace occx
