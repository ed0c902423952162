#include "table/marker.h"

#include <algorithm>
#include <string>
#include <cmath>

namespace occx {

namespace {

// A fill at least this share of the cell's width is the cell's background, not a marker.
constexpr double kBackgroundWidth = 0.8;
// Paths thinner than this (points) are rules and borders.
constexpr double kMinMarkSide = 1.5;
// A marker covers at least this many square points (as in colour.cpp).
constexpr double kMinMarkArea = 6.0;
// An arrow's ink is a thin shaft and a head: a 7 pt ↑ inks some 4 square points.
constexpr double kMinArrowInk = 2.5;
// A marker is about as wide as it is tall; a longer box is a rule, a border or an underline.
constexpr double kMaxMarkAspect = 2.5;
// A marker is at most this many times as tall as its row's words (with a little slack).
constexpr double kMaxMarkRows = 2.0;
// A cell's fill is at most this many times as wide as the status column found for it.
constexpr double kMaxCellWidth = 2.0;

bool centre_inside(const Box& b, const Box& region) {
    return b.center_x() >= region.x0 && b.center_x() <= region.x1 && b.center_y() >= region.y0 &&
           b.center_y() <= region.y1;
}

bool is_white(const Rgb& c) { return std::min({c.r, c.g, c.b}) >= 240; }

// The colour most of the marker's area is painted in; grey when none of it is coloured.
void colour_of_paths(const std::vector<const DrawnPath*>& marks, MarkReading& out) {
    double area[5] = {0, 0, 0, 0, 0};
    for (const DrawnPath* p : marks)
        if (!is_white(p->colour)) area[int(classify_rgb(p->colour))] += std::max(p->box.width() * p->box.height(), 1.0);
    const double* top = std::max_element(area + 1, area + 5);
    if (*top > 0) out.colour = CellColour(top - area);
    else if (area[int(CellColour::none)] > 0) out.grey = true;
    for (const DrawnPath* p : marks)
        if (classify_rgb(p->colour) == out.colour && !is_white(p->colour)) out.paint = p->colour;
}

bool marker_sized(const Box& b) {
    return std::max(b.width(), b.height()) <= kMaxMarkAspect * std::max(std::min(b.width(), b.height()), kMinMarkSide);
}

// A fill that is the cell's background: across the cell's middle, centred in its column, no
// wider than a column or two (a row's tint runs over many), and not a marker's shape.
bool is_cell_fill(const DrawnPath& p, const Box& region) {
    if (p.stroke_width > 0 || p.box.y0 > region.center_y() || p.box.y1 < region.center_y()) return false;
    if (p.box.center_x() < region.x0 || p.box.center_x() > region.x1) return false;
    return p.box.width() <= kMaxCellWidth * region.width() &&
           (p.box.width() >= kBackgroundWidth * region.width() || !marker_sized(p.box));
}

MarkReading read_paths(const Drawing& drawing, const Box& region) {
    MarkReading out;
    std::vector<const DrawnPath*> marks;
    const DrawnPath* background = nullptr;
    for (const DrawnPath& p : drawing.paths) {
        if (is_cell_fill(p, region)) {
            background = &p;  // the last painted is the one seen
            continue;
        }
        if (!centre_inside(p.box, region) || p.box.width() >= kBackgroundWidth * region.width()) continue;
        if (std::min(p.box.width(), p.box.height()) < kMinMarkSide && p.stroke_width == 0) continue;
        // a marker sits inside its row: a taller shape is a watermark's letter or a drawing
        if (marker_sized(p.box) && p.box.height() <= kMaxMarkRows * region.height()) marks.push_back(&p);
    }
    double extent = 0;
    for (const DrawnPath* p : marks) extent = std::max(extent, p->box.width() * p->box.height());
    if (!marks.empty() && extent >= kMinMarkArea) {
        colour_of_paths(marks, out);
        out.shape = classify_shape(mask_from_paths(marks));
        return out;
    }
    // A grey or tinted cell is the table's look, not a marker: only a status colour counts.
    if (background && !is_white(background->colour)) {
        const CellColour c = classify_rgb(background->colour);
        if (c != CellColour::none) {
            out.colour = c;
            out.paint = background->colour;
        }
    }
    return out;
}

// Words printed in a status colour (a glyph whose Unicode was lost, a status word the
// patterns do not know): the colour, with its paint.
MarkReading colour_of_text(const Drawing& drawing, const Box& region) {
    MarkReading out;
    for (const ColouredText& t : drawing.texts) {
        if (!centre_inside(t.box, region)) continue;
        const CellColour c = classify_rgb(t.colour);
        if (out.colour != CellColour::none && c != out.colour) return MarkReading{CellColour::ambiguous, false, MarkShape::none, std::nullopt};
        out.colour = c;
        out.paint = t.colour;
    }
    return out;
}

MarkReading read_image(const DrawnImage& image) {
    MarkReading out;
    Mask mask = mask_from_image(image);
    if (mask.count() == 0) return out;
    out.shape = classify_shape(mask);
    out.colour = classify_region(image.pixels, 0, 0, image.pixels.width, image.pixels.height, 1);
    out.grey = out.colour == CellColour::none;
    return out;
}

}  // namespace

MarkReading read_mark(const Drawing& drawing, const Box& region) {
    for (const DrawnImage& image : drawing.images)
        if (centre_inside(image.box, region) && image.box.width() * image.box.height() >= kMinMarkArea) {
            MarkReading r = read_image(image);
            if (r.found()) return r;
        }
    MarkReading r = read_paths(drawing, region);
    // A glyph printed in colour is the marker where no coloured shape is drawn.
    if (r.colour == CellColour::none) {
        MarkReading text = colour_of_text(drawing, region);
        if (text.colour != CellColour::none) r = text;
    }
    return r;
}

MarkReading read_mark(const RgbImage& raster, double dpi, const Box& region) {
    MarkReading out;
    const double s = dpi / 72.0;
    const PixelBounds r = pixel_bounds(region, dpi, raster.width, raster.height);
    out.colour = classify_region(raster, r.x0, r.y0, r.x1, r.y1, int(std::ceil(kMinMarkArea * s * s)));
    Mask mask = mask_from_raster(raster, r.x0, r.y0, r.x1, r.y1);
    if (mask.count() >= kMinMarkArea * s * s) {
        out.shape = classify_shape(mask);
        out.grey = out.colour == CellColour::none;
    }
    return out;
}

std::string read_arrow(const RgbImage& raster, double dpi, const Box& region) {
    const double s = dpi / 72.0;
    const PixelBounds r = pixel_bounds(region, dpi, raster.width, raster.height);
    const Mask mask = mask_from_raster(raster, r.x0, r.y0, r.x1, r.y1);
    if (mask.count() < kMinArrowInk * s * s) return "";
    std::string arrow = arrow_by_profile(mask);
    if (!arrow.empty()) return arrow;
    if (std::string caret = chevron_by_profile(mask); !caret.empty()) return caret;
    const MarkShape shape = classify_shape(mask);
    const bool is_arrow = shape == MarkShape::arrow_up || shape == MarkShape::arrow_down || shape == MarkShape::arrow_side;
    return is_arrow ? mark_character(shape, mask) : "";
}

}  // namespace occx
