#pragma once
// A status cell's marker as drawn: its colour and its shape, read from the page's drawing on
// text pages and from a raster on scans (and where the drawing could not be read).
#include <optional>
#include <string>

#include "model/drawing.h"
#include "model/raster.h"
#include "table/colour.h"
#include "table/shapes.h"

namespace occx {

struct MarkReading {
    CellColour colour = CellColour::none;  // the marker's (or the cell's fill's) status colour
    bool grey = false;                     // a marker is there, but drawn without colour
    MarkShape shape = MarkShape::none;
    std::optional<Rgb> paint;  // the exact colour, where read from a drawing
    bool found() const { return colour != CellColour::none || grey || shape != MarkShape::none; }
};

// region in page points (top-left origin), as the page was turned to read it.
MarkReading read_mark(const Drawing& drawing, const Box& region);
MarkReading read_mark(const RgbImage& raster, double dpi, const Box& region);
// The arrow or caret a raster region's largest blob draws ("↑", "↔", "^" ...), or "": a trend
// mark on a scan, which OCR reads as "t", "1" or "-", or not at all.
std::string read_arrow(const RgbImage& raster, double dpi, const Box& region);

}  // namespace occx
