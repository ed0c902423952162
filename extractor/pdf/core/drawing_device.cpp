#include "pdf/core/drawing_device.h"

#include <GfxState.h>
#include <Stream.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "util/text.h"

namespace occx {

namespace {

// Points per Bézier segment when a curve is flattened: enough for a shape's outline.
constexpr int kCurveSteps = 8;
// A path covering more than this share of the page is a background or a frame, not a mark.
constexpr double kMaxPathShare = 0.25;
// An image placed larger than this (points, either side) is a logo or a scan, not a marker.
constexpr double kMaxMarkerSide = 60;
// ...and one with more pixels than this is not decoded (a marker icon is small).
constexpr long kMaxMarkerPixels = 512L * 512L;
// The points of the paths a page's drawing keeps (16 bytes each): a report page draws some
// thousands; a content stream drawing millions is a chart or a hostile file, read no further.
constexpr long kMaxPathPoints = 2'000'000;

Rgb rgb_of(const GfxRGB& c) {
    return {(unsigned char)colToByte(c.r), (unsigned char)colToByte(c.g), (unsigned char)colToByte(c.b)};
}

Point device_point(GfxState* state, double x, double y) {
    Point p;
    state->transform(x, y, &p.x, &p.y);
    return p;
}

double cubic(double a, double b, double c, double d, double t) {
    const double u = 1 - t;
    return u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * d;
}

std::vector<Point> flatten(GfxState* state, const GfxSubpath* sp) {
    std::vector<Point> poly;
    const int n = sp->getNumPoints();
    for (int i = 0; i < n; ++i) {
        if (i > 0 && sp->getCurve(i) && i + 2 < n) {
            for (int s = 1; s <= kCurveSteps; ++s) {
                const double t = double(s) / kCurveSteps;
                poly.push_back(device_point(state, cubic(sp->getX(i - 1), sp->getX(i), sp->getX(i + 1), sp->getX(i + 2), t),
                                            cubic(sp->getY(i - 1), sp->getY(i), sp->getY(i + 1), sp->getY(i + 2), t)));
            }
            i += 2;
            continue;
        }
        poly.push_back(device_point(state, sp->getX(i), sp->getY(i)));
    }
    return poly;
}

Box bounds(const std::vector<std::vector<Point>>& polys) {
    Box b{1e30, 1e30, -1e30, -1e30};
    for (const auto& poly : polys)
        for (const Point& p : poly) {
            b.x0 = std::min(b.x0, p.x);
            b.y0 = std::min(b.y0, p.y);
            b.x1 = std::max(b.x1, p.x);
            b.y1 = std::max(b.y1, p.y);
        }
    return b;
}

// Where a glyph was printed: its outline at the font's size from the pen's position, for upright
// text; for turned text, the square the pen's advance spans.
Box glyph_box(GfxState* state, double x, double y, double dx, double dy, const std::vector<std::vector<Point>>& outline) {
    const Point pen = device_point(state, x, y);
    double adx = 0, ady = 0;
    state->transformDelta(dx, dy, &adx, &ady);
    const double size = state->getTransformedFontSize();
    if (std::abs(ady) > std::abs(adx)) {
        const double half = size / 2;
        return {std::min(pen.x, pen.x + adx) - half, std::min(pen.y, pen.y + ady), std::max(pen.x, pen.x + adx) + half,
                std::max(pen.y, pen.y + ady)};
    }
    const Box ems = bounds(outline);
    return {pen.x + ems.x0 * size, pen.y + ems.y0 * size, pen.x + ems.x1 * size, pen.y + ems.y1 * size};
}

// Calls fn(x, y, sample) for every pixel of an image stream, row by row.
template <typename Fn>
void for_each_sample(Stream* str, int width, int height, int comps, int bits, Fn fn) {
    ImageStream is(str, width, comps, bits);
    is.reset();
    for (int y = 0; y < height; ++y) {
        unsigned char* line = is.getLine();
        if (!line) break;
        for (int x = 0; x < width; ++x) fn(x, y, line + size_t(x) * comps);
    }
    is.close();
}

RgbImage decode_rgb(Stream* str, int width, int height, GfxImageColorMap* map) {
    RgbImage img;
    img.width = width;
    img.height = height;
    img.pixels.resize(size_t(width) * height * 3);
    for_each_sample(str, width, height, map->getNumPixelComps(), map->getBits(), [&](int x, int y, unsigned char* in) {
        GfxRGB c;
        map->getRGB(in, &c);
        const Rgb px = rgb_of(c);
        unsigned char* out = &img.pixels[3 * (size_t(y) * width + x)];
        out[0] = px.r;
        out[1] = px.g;
        out[2] = px.b;
    });
    return img;
}

// A soft mask's grey levels as alpha.
std::vector<unsigned char> decode_alpha(Stream* str, int width, int height, GfxImageColorMap* map) {
    std::vector<unsigned char> alpha(size_t(width) * height, 0);
    for_each_sample(str, width, height, map->getNumPixelComps(), map->getBits(), [&](int x, int y, unsigned char* in) {
        GfxGray g;
        map->getGray(in, &g);
        alpha[size_t(y) * width + x] = (unsigned char)colToByte(g);
    });
    return alpha;
}

// A stencil (1 bit a pixel): painted where the sample is 0, or 1 when the decode is inverted.
std::vector<unsigned char> decode_stencil(Stream* str, int width, int height, bool invert) {
    std::vector<unsigned char> alpha(size_t(width) * height, 0);
    for_each_sample(str, width, height, 1, 1, [&](int x, int y, unsigned char* in) {
        alpha[size_t(y) * width + x] = ((*in != 0) == invert) ? 255 : 0;
    });
    return alpha;
}

// A mask of another size laid on the image's pixels (nearest neighbour).
std::vector<unsigned char> resample(const std::vector<unsigned char>& mask, int mw, int mh, int width, int height) {
    if (mw == width && mh == height) return mask;
    std::vector<unsigned char> out(size_t(width) * height);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) out[size_t(y) * width + x] = mask[size_t(y * mh / height) * mw + x * mw / width];
    return out;
}

// Image rows run top to bottom on the page unless the placement flips them.
void flip_rows(DrawnImage& img) {
    const int w = img.pixels.width, h = img.pixels.height;
    for (int y = 0; y < h / 2; ++y) {
        std::swap_ranges(img.pixels.pixels.begin() + 3L * y * w, img.pixels.pixels.begin() + 3L * (y + 1) * w,
                         img.pixels.pixels.begin() + 3L * (h - 1 - y) * w);
        if (!img.alpha.empty())
            std::swap_ranges(img.alpha.begin() + long(y) * w, img.alpha.begin() + long(y + 1) * w,
                             img.alpha.begin() + long(h - 1 - y) * w);
    }
}

}  // namespace

// The text render mode that neither fills nor strokes (PDF 32000, 9.3.6).
constexpr int kInvisibleText = 3;

DrawingDevice::DrawingDevice(Drawing& out, double page_area, ImageCache& cache, GlyphFonts& fonts)
    : TextOutputDev(nullptr, false, 0, false, false), out_(out), page_area_(page_area), cache_(cache), fonts_(fonts) {}

void DrawingDevice::drawChar(GfxState* state, double x, double y, double dx, double dy, double originX,
                             double originY, CharCode c, int nBytes, const Unicode* u, int uLen) {
    ++characters_;
    if (state->getRender() == kInvisibleText) ++hidden_;
    UnnamedGlyph glyph;
    if (!GlyphFonts::may_be_unnamed(c) || !fonts_.unnamed_outline(state, c, glyph.outline)) {
        TextOutputDev::drawChar(state, x, y, dx, dy, originX, originY, c, nBytes, u, uLen);
        return;
    }
    for (int i = 0; i < uLen; ++i) append_utf8(glyph.guess, u[i]);
    glyph.box = glyph_box(state, x, y, dx, dy, glyph.outline);
    out_.glyphs.push_back(std::move(glyph));
    static const Unicode kReplacement = 0xFFFD;
    TextOutputDev::drawChar(state, x, y, dx, dy, originX, originY, c, nBytes, &kReplacement, 1);
}

void DrawingDevice::add_path(GfxState* state, bool even_odd, bool stroked) {
    const GfxPath* path = state->getPath();
    DrawnPath d;
    for (int i = 0; i < path->getNumSubpaths(); ++i) {
        auto poly = flatten(state, path->getSubpath(i));
        if (!poly.empty()) d.subpaths.push_back(std::move(poly));
    }
    if (d.subpaths.empty()) return;
    d.box = bounds(d.subpaths);
    if (d.box.width() * d.box.height() > kMaxPathShare * page_area_) return;
    long points = 0;
    for (const auto& sub : d.subpaths) points += long(sub.size());
    if (path_points_ + points > kMaxPathPoints) {
        ++out_.dropped_paths;  // the drawing is read as far as the budget
        return;
    }
    path_points_ += points;
    GfxRGB c;
    if (stroked) state->getStrokeRGB(&c);
    else state->getFillRGB(&c);
    d.colour = rgb_of(c);
    d.even_odd = even_odd;
    if (stroked) d.stroke_width = std::max(state->getTransformedLineWidth(), 0.5);
    out_.paths.push_back(std::move(d));
}

void DrawingDevice::fill(GfxState* state) {
    TextOutputDev::fill(state);
    add_path(state, false, false);
}

void DrawingDevice::eoFill(GfxState* state) {
    TextOutputDev::eoFill(state);
    add_path(state, true, false);
}

void DrawingDevice::stroke(GfxState* state) {
    TextOutputDev::stroke(state);
    add_path(state, false, true);
}

bool DrawingDevice::marker_box(GfxState* state, int width, int height, Box& box, bool& flipped) const {
    if (long(width) * height > kMaxMarkerPixels || width <= 0 || height <= 0) return false;
    // An image fills the unit square of its user space; row 0 is at y = 1.
    const Point top = device_point(state, 0, 1), bottom = device_point(state, 0, 0);
    box = bounds({{top, bottom, device_point(state, 1, 0), device_point(state, 1, 1)}});
    flipped = top.y > bottom.y;
    return box.width() <= kMaxMarkerSide && box.height() <= kMaxMarkerSide;
}

void DrawingDevice::place(Object* ref, DrawnImage img, bool flipped, const std::function<void(DrawnImage&)>& decode) {
    // An icon drawn on every row is one image object: decoded once per document and worker.
    const bool cacheable = ref && ref->isRef();
    const std::pair<int, int> key = cacheable ? std::pair{ref->getRef().num, ref->getRef().gen} : std::pair{0, 0};
    auto hit = cacheable ? cache_.find(key) : cache_.end();
    if (hit != cache_.end()) {
        img.pixels = hit->second.pixels;
        img.alpha = hit->second.alpha;
    } else {
        decode(img);
        if (cacheable) cache_[key] = img;
    }
    if (flipped) flip_rows(img);
    out_.images.push_back(std::move(img));
}

void DrawingDevice::drawImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                              GfxImageColorMap* colorMap, bool interpolate, const int* maskColors, bool inlineImg) {
    DrawnImage img;
    bool flipped = false;
    if (!marker_box(state, width, height, img.box, flipped)) {
        // an inline image's data must still be read past
        OutputDev::drawImage(state, ref, str, width, height, colorMap, interpolate, maskColors, inlineImg);
        return;
    }
    place(inlineImg ? nullptr : ref, std::move(img), flipped,
          [&](DrawnImage& i) { i.pixels = decode_rgb(str, width, height, colorMap); });
}

void DrawingDevice::drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert,
                                  bool interpolate, bool inlineImg) {
    DrawnImage img;
    bool flipped = false;
    if (!marker_box(state, width, height, img.box, flipped)) {
        OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inlineImg);
        return;
    }
    // A stencil paints in the fill colour.
    GfxRGB c;
    state->getFillRGB(&c);
    const Rgb fill = rgb_of(c);
    img.pixels.width = width;
    img.pixels.height = height;
    img.pixels.pixels.resize(size_t(width) * height * 3);
    for (size_t i = 0; i < size_t(width) * height; ++i) {
        img.pixels.pixels[3 * i] = fill.r;
        img.pixels.pixels[3 * i + 1] = fill.g;
        img.pixels.pixels[3 * i + 2] = fill.b;
    }
    img.alpha = decode_stencil(str, width, height, invert);
    if (flipped) flip_rows(img);
    out_.images.push_back(std::move(img));
}

// A masked image worth decoding: marker-sized, its mask too.
bool DrawingDevice::masked_marker(GfxState* state, int width, int height, int mask_width, int mask_height, Box& box,
                                  bool& flipped) const {
    return marker_box(state, width, height, box, flipped) && mask_width > 0 && mask_height > 0 &&
           long(mask_width) * mask_height <= kMaxMarkerPixels;
}

void DrawingDevice::drawMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                                    GfxImageColorMap* colorMap, bool, Stream* maskStr, int maskWidth,
                                    int maskHeight, bool maskInvert, bool) {
    DrawnImage img;
    bool flipped = false;
    if (!masked_marker(state, width, height, maskWidth, maskHeight, img.box, flipped)) return;
    place(ref, std::move(img), flipped, [&](DrawnImage& i) {
        i.pixels = decode_rgb(str, width, height, colorMap);
        i.alpha = resample(decode_stencil(maskStr, maskWidth, maskHeight, maskInvert), maskWidth, maskHeight, width, height);
    });
}

void DrawingDevice::drawSoftMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                                        GfxImageColorMap* colorMap, bool, Stream* maskStr, int maskWidth,
                                        int maskHeight, GfxImageColorMap* maskColorMap, bool) {
    DrawnImage img;
    bool flipped = false;
    if (!masked_marker(state, width, height, maskWidth, maskHeight, img.box, flipped)) return;
    place(ref, std::move(img), flipped, [&](DrawnImage& i) {
        i.pixels = decode_rgb(str, width, height, colorMap);
        i.alpha = resample(decode_alpha(maskStr, maskWidth, maskHeight, maskColorMap), maskWidth, maskHeight, width, height);
    });
}

}  // namespace occx
