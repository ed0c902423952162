#pragma once
// Marker shapes: a marker, drawn as paths, placed as an image or scanned, becomes a small
// binary mask; the mask is matched against ideal outlines of the shapes reports use.
#include <string>
#include <vector>

#include "model/drawing.h"

namespace occx {

enum class MarkShape { none, star, circle, triangle, triangle_down, square, diamond, tick, cross, arrow_up, arrow_down, arrow_side };

const char* shape_name(MarkShape s);  // "star", "circle" ...; "" for none
MarkShape shape_from_name(const std::string& name);

// A binary raster of a marker, cropped to its ink.
struct Mask {
    int width = 0, height = 0;
    std::vector<unsigned char> on;  // 1 where inked, row by row
    bool at(int x, int y) const { return on[size_t(y) * width + x] != 0; }
    int count() const;
};

// Paths rasterised over their joint box, painted in order (a white path erases, as on paper).
Mask mask_from_paths(const std::vector<const DrawnPath*>& paths);
// The same at grid cells on the longer side.
Mask mask_from_paths(const std::vector<const DrawnPath*>& paths, int grid);
// A glyph's outline (filled by the nonzero rule, as fonts are) at grid cells on its longer side.
Mask mask_from_outline(const std::vector<std::vector<Point>>& outline, int grid);
// An image's opaque (or, without alpha, non-white) pixels.
Mask mask_from_image(const DrawnImage& image);
// The mask drawn again at grid cells on its longer side (nearest pixel): a scan's small mark
// as large as a reader needs it.
Mask scaled_mask(const Mask& m, int grid);
// The largest connected blob of ink (dark or coloured pixels) in a raster region, in pixels.
Mask mask_from_raster(const RgbImage& image, int x0, int y0, int x1, int y1);

// Intersection over union with the nearest ideal outline below which a mark is no known shape:
// loose enough for a scan's ragged blob.
constexpr double kMinShapeMatch = 0.6;

// The arrow a mask draws ("↑", "↓", "←", "→", "↔", "↕"), from its ink's profile along its
// length: a narrow shaft, and a wide head at one end or both, centred on the shaft (a font's
// arrow, or a scanned one, whose shaft is thinner than the ideal outlines'). Empty when none.
std::string arrow_by_profile(const Mask& m);
// The caret a mask draws ("^", or "v" pointing down), as some reports print a trend: a chevron
// wider than tall, from a point at one end to its open legs at the other. Empty when none.
std::string chevron_by_profile(const Mask& m);
// The character Unicode gives a shape reports draw as a mark ("★", "●", "↔" ...); "" for none.
std::string mark_character(MarkShape shape, const Mask& m);

// The shape a mask is closest to, or none when it resembles none by at least min_match.
MarkShape classify_shape(const Mask& mask, double min_match = kMinShapeMatch);

}  // namespace occx
