#include "model/drawing.h"

#include <algorithm>

namespace occx {

namespace {

// As turn_back in pdf/page_orientation.cpp, for a point.
Point turn_point(const Point& p, int degrees, double w, double h) {
    switch (degrees) {
        case 90: return {p.y, w - p.x};
        case 180: return {w - p.x, h - p.y};
        case 270: return {h - p.y, p.x};
        default: return p;
    }
}

Box turn_box(const Box& b, int degrees, double w, double h) {
    const Point a = turn_point({b.x0, b.y0}, degrees, w, h), c = turn_point({b.x1, b.y1}, degrees, w, h);
    return {std::min(a.x, c.x), std::min(a.y, c.y), std::max(a.x, c.x), std::max(a.y, c.y)};
}

// One byte a pixel, turned as rotate_raster turns three.
std::vector<unsigned char> turn_alpha(const std::vector<unsigned char>& alpha, int w, int h, int degrees) {
    RgbImage grey;
    grey.width = w;
    grey.height = h;
    grey.pixels.reserve(alpha.size() * 3);
    for (unsigned char a : alpha) grey.pixels.insert(grey.pixels.end(), {a, a, a});
    RgbImage turned = rotate_raster(std::move(grey), degrees);
    std::vector<unsigned char> out(alpha.size());
    for (size_t i = 0; i < out.size(); ++i) out[i] = turned.pixels[3 * i];
    return out;
}

}  // namespace

void turn_drawing(Drawing& d, int degrees, double width, double height) {
    if (degrees % 360 == 0) return;
    for (auto& path : d.paths) {
        for (auto& poly : path.subpaths)
            for (auto& p : poly) p = turn_point(p, degrees, width, height);
        path.box = turn_box(path.box, degrees, width, height);
    }
    for (auto& image : d.images) {
        image.box = turn_box(image.box, degrees, width, height);
        if (!image.alpha.empty())
            image.alpha = turn_alpha(image.alpha, image.pixels.width, image.pixels.height, degrees);
        image.pixels = rotate_raster(std::move(image.pixels), degrees);
    }
    for (auto& text : d.texts) text.box = turn_box(text.box, degrees, width, height);
    // A glyph's outline stays upright: words are read after straightening, and so is it.
    for (auto& glyph : d.glyphs) glyph.box = turn_box(glyph.box, degrees, width, height);
}

}  // namespace occx
