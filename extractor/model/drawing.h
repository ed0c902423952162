#pragma once
// What a page draws besides its text, as Poppler's content-stream interpretation hands it over:
// filled and stroked paths with their colour, and the small images placed on the page. Status
// markers (shapes, icons, coloured cells) are read from this instead of from a render.
#include <string>
#include <vector>

#include "model/document.h"
#include "model/raster.h"

namespace occx {

struct Rgb {
    unsigned char r = 0, g = 0, b = 0;
};

struct Point {
    double x = 0, y = 0;
};

// A path as painted: its subpaths flattened to polygons, in page points (top-left origin).
struct DrawnPath {
    std::vector<std::vector<Point>> subpaths;
    Box box;
    Rgb colour;
    bool even_odd = false;
    double stroke_width = 0;  // 0: filled; else the line's width in points
};

// An image small enough to be a marker, its pixels decoded; alpha (one byte a pixel) is empty
// when the image had no mask.
struct DrawnImage {
    Box box;
    RgbImage pixels;
    std::vector<unsigned char> alpha;
};

// A word printed in a colour other than black or grey (a status written in its colour).
struct ColouredText {
    Box box;
    Rgb colour;
};

// A character whose font says nothing reliable of what it is (no ToUnicode map, no glyph
// names, a symbol cmap): the text layer holds U+FFFD in its place, and its outline is kept so
// that a later stage can tell a trend arrow or a currency sign from its shape or its place.
struct UnnamedGlyph {
    Box box;                                  // where it was printed, in page points
    std::vector<std::vector<Point>> outline;  // in ems, y down as on the page
    std::string guess;                        // what the font's encoding names the code (UTF-8)
};

struct Drawing {
    std::vector<DrawnPath> paths;
    std::vector<DrawnImage> images;
    std::vector<ColouredText> texts;
    std::vector<UnnamedGlyph> glyphs;
    long dropped_paths = 0;  // paths past the reader's budget, not kept (pdf/core/drawing_device.h)
};

// Turns a drawing the way straighten_page turned its page's words (page size as displayed).
void turn_drawing(Drawing& d, int degrees, double width, double height);

}  // namespace occx
