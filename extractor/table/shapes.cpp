#include "table/shapes.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <utility>

namespace occx {

namespace {

// Masks are compared at this many cells a side, each stretched to its ink's box.
constexpr int kCompareGrid = 24;
// Paths are rasterised at this many cells on their longer side.
constexpr int kPathGrid = 32;
// A raster pixel is ink when darker than this (0..255 luminance; amber prints as light grey
// in a greyscale scan, about 180) ...
constexpr int kInkLuminance = 205;
// ... or when its channels differ by this much (a pale colour on white paper).
constexpr int kInkChroma = 70;
// A pixel of an image without a mask is ink when a channel is below this (white is paper).
constexpr int kImageInk = 225;
// A blob spanning this share of a cell's side is a rule or a border, not a marker.
constexpr double kRuleSpan = 0.9;
// A blob this many times longer than wide is a rule or a rule's piece, not a marker.
constexpr double kMaxBlobAspect = 4.0;
// A blob inking less than this share of its box is a cell's frame or a rule's corner; the
// thinnest marker (a stroked tick) inks about a quarter.
constexpr double kMinBlobFill = 0.15;
// A sideways arrow whose two ends differ by less than this share of its ink points both ways.
constexpr double kMaxTwoHeadedAsymmetry = 0.1;
// A font's arrow is a thin shaft with a head at one end or both. Its ink is at least this many
// times longer than wide (a triangle or a star is about as long as wide) ...
constexpr double kMinArrowAspect = 1.5;
// ... its shaft spans at most this share of the head's width ...
constexpr double kMaxShaftShare = 0.4;
// A scanned shaft's width in pixels, however thin the printed line: a head need only be wider.
constexpr int kScannedShaftPixels = 2;
// ... over at least this share of its length, and a head lies within this share of an end.
constexpr double kMinShaftLength = 0.3;
constexpr double kHeadReach = 0.45;
// A two-headed arrow set small (a 7 pt ↔ is some 11 pixels long at 150 dpi) keeps little shaft
// between its heads: this share of its length is enough where a head ends each side.
constexpr double kMinShaftBetweenHeads = 0.15;
// Two ends are two heads where the narrower is at least this share of the wider one's width.
constexpr double kMatchedHeads = 0.75;
// A head is centred on the shaft to within this share of its width (a "1" or a "t" is not).
constexpr double kMaxHeadOffset = 0.2;
// A caret (^, or v) is a chevron wider than tall, as fonts draw it (an A or a V letter is about
// as tall as wide or taller), and not a rule's piece ...
constexpr double kMinChevronAspect = 1.2;
constexpr double kMaxChevronAspect = 3.0;
// ... its point spans at most this share of its width, its open end at least this share ...
constexpr double kMaxApexShare = 0.4;
constexpr double kMinOpenEndShare = 0.8;
// ... in at least this share of the rows of its open half, no ink lies between its legs (a
// triangle, or an arrow's head on its shaft, is inked there) ...
constexpr double kMinOpenRows = 0.6;
// ... and its two legs mirror each other to within this share of its ink.
constexpr double kMaxChevronAsymmetry = 0.25;

struct Grid {
    int w = 0, h = 0;
    std::vector<unsigned char> on;
    Grid(int w_, int h_) : w(w_), h(h_), on(size_t(w_) * h_, 0) {}
};

// The edges a horizontal line at y crosses: (x, +1 going down or -1 going up), left to right.
std::vector<std::pair<double, int>> crossings(const std::vector<std::vector<Point>>& polys, double y) {
    std::vector<std::pair<double, int>> out;
    for (const auto& poly : polys)
        for (size_t i = 0; i < poly.size(); ++i) {
            const Point& a = poly[i];
            const Point& b = poly[(i + 1) % poly.size()];
            if ((a.y <= y) == (b.y <= y)) continue;
            out.push_back({a.x + (y - a.y) / (b.y - a.y) * (b.x - a.x), b.y > a.y ? 1 : -1});
        }
    std::sort(out.begin(), out.end());
    return out;
}

double segment_distance(const Point& p, const Point& a, const Point& b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

bool on_stroke(const std::vector<std::vector<Point>>& polys, const Point& p, double half_width) {
    for (const auto& poly : polys)
        for (size_t i = 0; i + 1 < poly.size(); ++i)
            if (segment_distance(p, poly[i], poly[i + 1]) <= half_width) return true;
    return false;
}

// Fills polygons given in `box` coordinates onto a grid, a row at a time (cell centres inside
// by the nonzero or even-odd rule).
void fill(Grid& g, const Box& box, const std::vector<std::vector<Point>>& polys, bool even_odd, unsigned char value) {
    const double sx = box.width() / g.w, sy = box.height() / g.h;
    for (int y = 0; y < g.h; ++y) {
        const auto edges = crossings(polys, box.y0 + (y + 0.5) * sy);
        size_t next = 0;
        int winding = 0, parity = 0;
        for (int x = 0; x < g.w; ++x) {
            const double cx = box.x0 + (x + 0.5) * sx;
            for (; next < edges.size() && edges[next].first <= cx; ++next) {
                winding += edges[next].second;
                parity ^= 1;
            }
            if (even_odd ? parity : winding != 0) g.on[size_t(y) * g.w + x] = value;
        }
    }
}

// Paints polygons (filled, or stroked when width > 0) given in `box` coordinates onto a grid.
void paint(Grid& g, const Box& box, const std::vector<std::vector<Point>>& polys, bool even_odd, double width,
           unsigned char value) {
    if (width <= 0) return fill(g, box, polys, even_odd, value);
    const double sx = box.width() / g.w, sy = box.height() / g.h;
    const double half = std::max(width / 2, std::max(sx, sy) / 2);
    for (int y = 0; y < g.h; ++y)
        for (int x = 0; x < g.w; ++x)
            if (on_stroke(polys, {box.x0 + (x + 0.5) * sx, box.y0 + (y + 0.5) * sy}, half)) g.on[size_t(y) * g.w + x] = value;
}

Mask crop(const Grid& g) {
    int x0 = g.w, y0 = g.h, x1 = -1, y1 = -1;
    for (int y = 0; y < g.h; ++y)
        for (int x = 0; x < g.w; ++x)
            if (g.on[size_t(y) * g.w + x]) {
                x0 = std::min(x0, x);
                y0 = std::min(y0, y);
                x1 = std::max(x1, x);
                y1 = std::max(y1, y);
            }
    Mask m;
    if (x1 < 0) return m;
    m.width = x1 - x0 + 1;
    m.height = y1 - y0 + 1;
    m.on.resize(size_t(m.width) * m.height);
    for (int y = 0; y < m.height; ++y)
        for (int x = 0; x < m.width; ++x) m.on[size_t(y) * m.width + x] = g.on[size_t(y + y0) * g.w + x + x0];
    return m;
}

bool is_white(const Rgb& c) { return std::min({c.r, c.g, c.b}) >= kImageInk; }

// A mask stretched to kCompareGrid a side; a cell is on when most of its sample points are.
std::vector<unsigned char> normalise(const Mask& m) {
    constexpr int kSub = 3;
    std::vector<unsigned char> out(size_t(kCompareGrid) * kCompareGrid, 0);
    for (int y = 0; y < kCompareGrid; ++y)
        for (int x = 0; x < kCompareGrid; ++x) {
            int hits = 0;
            for (int sy = 0; sy < kSub; ++sy)
                for (int sx = 0; sx < kSub; ++sx) {
                    const int mx = int((x + (sx + 0.5) / kSub) * m.width / kCompareGrid);
                    const int my = int((y + (sy + 0.5) / kSub) * m.height / kCompareGrid);
                    hits += m.at(std::min(mx, m.width - 1), std::min(my, m.height - 1));
                }
            out[size_t(y) * kCompareGrid + x] = hits * 2 > kSub * kSub;
        }
    return out;
}

using Polys = std::vector<std::vector<Point>>;

std::vector<Point> regular(int n, double r, double phase, double cx = 0.5, double cy = 0.5) {
    std::vector<Point> p;
    for (int i = 0; i < n; ++i) {
        const double a = phase + 2 * std::numbers::pi * i / n;
        p.push_back({cx + r * std::cos(a), cy + r * std::sin(a)});
    }
    return p;
}

// A five-pointed star; `inner` is the radius of its notches (a font's star has about 0.19; a
// scan's blur fills the notches out towards a pentagon's).
std::vector<Point> star(double inner = 0.19) {
    std::vector<Point> p;
    for (int i = 0; i < 10; ++i) {
        const double a = -std::numbers::pi / 2 + std::numbers::pi * i / 5;
        const double r = i % 2 ? inner : 0.5;
        p.push_back({0.5 + r * std::cos(a), 0.5 + r * std::sin(a)});
    }
    return p;
}

std::vector<Point> rounded_square(double radius) {
    std::vector<Point> p;
    const std::array<Point, 4> centres{{{1 - radius, radius}, {1 - radius, 1 - radius}, {radius, 1 - radius}, {radius, radius}}};
    for (int c = 0; c < 4; ++c)
        for (int i = 0; i <= 6; ++i) {
            const double a = -std::numbers::pi / 2 + std::numbers::pi / 2 * (c + i / 6.0);
            p.push_back({centres[c].x + radius * std::cos(a), centres[c].y + radius * std::sin(a)});
        }
    return p;
}

std::vector<Point> bar(Point a, Point b, double half) {
    const double dx = b.x - a.x, dy = b.y - a.y, len = std::hypot(dx, dy);
    const double nx = -dy / len * half, ny = dx / len * half;
    return {{a.x + nx, a.y + ny}, {b.x + nx, b.y + ny}, {b.x - nx, b.y - ny}, {a.x - nx, a.y - ny}};
}

Polys arrow_up() { return {{{0.5, 0}, {1, 0.5}, {0, 0.5}}, {{0.33, 0.45}, {0.67, 0.45}, {0.67, 1}, {0.33, 1}}}; }

Polys flip_vertical(Polys p) {
    for (auto& poly : p)
        for (auto& pt : poly) pt.y = 1 - pt.y;
    return p;
}

Polys transpose(Polys p) {
    for (auto& poly : p)
        for (auto& pt : poly) std::swap(pt.x, pt.y);
    return p;
}

struct Template {
    MarkShape shape;
    std::vector<unsigned char> cells;
};

// A star scanned small and blurred has its notches filled about this far out: one from a 150
// dpi scan matched a diamond's outline (0.64) better than a sharp star's (0.56); this one 0.69.
constexpr double kBlurredStarNotch = 0.3;

std::vector<unsigned char> outline(const Polys& polys, double stroke = 0) {
    Grid g(kCompareGrid * 2, kCompareGrid * 2);
    for (const auto& poly : polys) paint(g, {0, 0, 1, 1}, {poly}, false, stroke, 1);
    return normalise(crop(g));
}

const std::vector<Template>& templates() {
    static const std::vector<Template> all = [] {
        std::vector<Template> t;
        t.push_back({MarkShape::circle, outline({regular(48, 0.5, 0)})});
        t.push_back({MarkShape::square, outline({{{0, 0}, {1, 0}, {1, 1}, {0, 1}}})});
        t.push_back({MarkShape::square, outline({rounded_square(0.25)})});
        t.push_back({MarkShape::triangle, outline({{{0.5, 0}, {1, 1}, {0, 1}}})});
        t.push_back({MarkShape::triangle_down, outline({{{0, 0}, {1, 0}, {0.5, 1}}})});
        t.push_back({MarkShape::diamond, outline({{{0.5, 0}, {1, 0.5}, {0.5, 1}, {0, 0.5}}})});
        t.push_back({MarkShape::star, outline({star()})});
        t.push_back({MarkShape::star, outline({star(kBlurredStarNotch)})});
        t.push_back({MarkShape::cross, outline({bar({0.1, 0.1}, {0.9, 0.9}, 0.12), bar({0.9, 0.1}, {0.1, 0.9}, 0.12)})});
        t.push_back({MarkShape::cross, outline({bar({0.5, 0}, {0.5, 1}, 0.14), bar({0, 0.5}, {1, 0.5}, 0.14)})});
        t.push_back({MarkShape::tick, outline({{{0.05, 0.55}, {0.38, 0.9}, {0.95, 0.1}}}, 0.2)});
        t.push_back({MarkShape::arrow_up, outline(arrow_up())});
        t.push_back({MarkShape::arrow_down, outline(flip_vertical(arrow_up()))});
        t.push_back({MarkShape::arrow_side, outline(transpose(arrow_up()))});
        t.push_back({MarkShape::arrow_side, outline(transpose(flip_vertical(arrow_up())))});
        return t;
    }();
    return all;
}

double iou(const std::vector<unsigned char>& a, const std::vector<unsigned char>& b) {
    int both = 0, either = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        both += a[i] && b[i];
        either += a[i] || b[i];
    }
    return either ? double(both) / either : 0;
}

}  // namespace

int Mask::count() const { return int(std::count(on.begin(), on.end(), 1)); }

const char* shape_name(MarkShape s) {
    switch (s) {
        case MarkShape::star: return "star";
        case MarkShape::circle: return "circle";
        case MarkShape::triangle: return "triangle";
        case MarkShape::triangle_down: return "triangle-down";
        case MarkShape::square: return "square";
        case MarkShape::diamond: return "diamond";
        case MarkShape::tick: return "tick";
        case MarkShape::cross: return "cross";
        case MarkShape::arrow_up: return "arrow-up";
        case MarkShape::arrow_down: return "arrow-down";
        case MarkShape::arrow_side: return "arrow-side";
        case MarkShape::none: return "";
    }
    return "";
}

MarkShape shape_from_name(const std::string& name) {
    for (MarkShape s : {MarkShape::star, MarkShape::circle, MarkShape::triangle, MarkShape::triangle_down,
                        MarkShape::square, MarkShape::diamond, MarkShape::tick, MarkShape::cross, MarkShape::arrow_up,
                        MarkShape::arrow_down, MarkShape::arrow_side})
        if (name == shape_name(s)) return s;
    return MarkShape::none;
}

Mask mask_from_paths(const std::vector<const DrawnPath*>& paths) { return mask_from_paths(paths, kPathGrid); }

Mask mask_from_paths(const std::vector<const DrawnPath*>& paths, int grid) {
    if (paths.empty() || grid < 1) return {};
    Box box = paths.front()->box;
    for (const DrawnPath* p : paths) box = {std::min(box.x0, p->box.x0), std::min(box.y0, p->box.y0),
                                            std::max(box.x1, p->box.x1), std::max(box.y1, p->box.y1)};
    const double side = std::max(box.width(), box.height());
    if (side <= 0) return {};
    Grid g(std::max(1, int(std::lround(grid * box.width() / side))),
           std::max(1, int(std::lround(grid * box.height() / side))));
    // A marker drawn filled is its fills; its strokes only outline them (and cost the most to
    // rasterise). Ticks and crosses drawn as lines are their strokes.
    const bool filled = std::any_of(paths.begin(), paths.end(),
                                    [](const DrawnPath* p) { return p->stroke_width == 0 && !is_white(p->colour); });
    for (const DrawnPath* p : paths)
        if (!filled || p->stroke_width == 0)
            paint(g, box, p->subpaths, p->even_odd, p->stroke_width, is_white(p->colour) ? 0 : 1);
    return crop(g);
}

Mask scaled_mask(const Mask& m, int grid) {
    const int side = std::max(m.width, m.height);
    if (side == 0 || grid < 1) return {};
    Mask out;
    out.width = std::max(1, int(std::lround(double(grid) * m.width / side)));
    out.height = std::max(1, int(std::lround(double(grid) * m.height / side)));
    out.on.assign(size_t(out.width) * out.height, 0);
    for (int y = 0; y < out.height; ++y)
        for (int x = 0; x < out.width; ++x)
            out.on[size_t(y) * out.width + x] = m.at(x * m.width / out.width, y * m.height / out.height);
    return out;
}

namespace {

// How unlike its mirror image a mask is: the share of its ink that a left-right flip misses.
double mirror_asymmetry(const Mask& m) {
    int differ = 0;
    for (int y = 0; y < m.height; ++y)
        for (int x = 0; x < m.width; ++x) differ += m.at(x, y) != m.at(m.width - 1 - x, y);
    const int ink = m.count();
    return ink ? double(differ) / (2.0 * ink) : 1;
}

// The left half's ink against the right's: an arrow's head carries more of it.
bool heavier_left(const Mask& m) {
    int left = 0, right = 0;
    for (int y = 0; y < m.height; ++y)
        for (int x = 0; x < m.width; ++x)
            if (m.at(x, y)) (2 * x < m.width ? left : right) += 1;
    return left > right;
}

// The ink's extent across the mask at each step along its longer side: its first and last inked
// cell (first > last where the step has no ink).
struct Span {
    int first = 1 << 30, last = -1;
    int width() const { return last >= first ? last - first + 1 : 0; }
    double centre() const { return (first + last) / 2.0; }
};

std::vector<Span> spans_along(const Mask& m, bool vertical) {
    const int length = vertical ? m.height : m.width, across = vertical ? m.width : m.height;
    std::vector<Span> spans(static_cast<size_t>(length));
    for (int i = 0; i < length; ++i)
        for (int j = 0; j < across; ++j)
            if (vertical ? m.at(j, i) : m.at(i, j)) {
                spans[size_t(i)].first = std::min(spans[size_t(i)].first, j);
                spans[size_t(i)].last = std::max(spans[size_t(i)].last, j);
            }
    return spans;
}

}  // namespace

// The arrow a font's glyph draws ("↑", "↔" ...), from its ink's profile along its length: a narrow
// shaft, and a wide head at one end or both, centred on the shaft. Empty when it is no arrow.
std::string arrow_by_profile(const Mask& m) {
    const bool vertical = m.height > m.width;
    const int length = std::max(m.width, m.height), across = std::min(m.width, m.height);
    if (length < kMinArrowAspect * across) return "";
    const std::vector<Span> spans = spans_along(m, vertical);
    int widest = 0;
    for (const Span& s : spans) widest = std::max(widest, s.width());
    // a scan thickens a hairline shaft to two pixels, whatever its head's width
    const int shaft_limit = std::max(int(kMaxShaftShare * widest), std::min(kScannedShaftPixels, widest - 2));
    int run = 0, longest = 0;
    double axis = 0;
    for (const Span& s : spans) {
        run = s.width() > 0 && s.width() <= shaft_limit ? run + 1 : 0;
        if (run > longest) longest = run, axis = s.centre();
    }
    if (longest < kMinShaftBetweenHeads * length) return "";
    int start_width = 0, end_width = 0;  // each end's widest span
    for (int i = 0; i < length; ++i) {
        const Span& s = spans[size_t(i)];
        if (s.width() <= shaft_limit) continue;
        if (std::abs(s.centre() - axis) > kMaxHeadOffset * widest) return "";
        if (i < kHeadReach * length) start_width = std::max(start_width, s.width());
        else if (i >= (1 - kHeadReach) * length) end_width = std::max(end_width, s.width());
        else return "";  // a wide part mid-shaft: a cross or a letter, not an arrow
    }
    // two ends are two heads only where they match: an ↑'s foot is no head
    const bool two_heads = std::min(start_width, end_width) >= kMatchedHeads * std::max(start_width, end_width);
    if (start_width > 0 && end_width > 0 && two_heads) return vertical ? "↕" : "↔";
    if (longest < kMinShaftLength * length) return "";
    if (start_width > end_width) return vertical ? "↑" : "←";
    if (end_width > start_width) return vertical ? "↓" : "→";
    return "";
}

namespace {

// Whether the mask's middle column (or either of its two middle ones) is inked on row y.
bool inked_mid_row(const Mask& m, int y) { return m.at((m.width - 1) / 2, y) || m.at(m.width / 2, y); }

}  // namespace

// A caret from its rows' profile: a point at one end widening to the full width at the other,
// open between its legs there, and mirror-symmetric.
std::string chevron_by_profile(const Mask& m) {
    if (m.height < 2 || m.width < kMinChevronAspect * m.height || m.width > kMaxChevronAspect * m.height) return "";
    const std::vector<Span> rows = spans_along(m, true);
    const bool point_up = rows.front().width() < rows.back().width();
    const Span& point = point_up ? rows.front() : rows.back();
    const Span& open_end = point_up ? rows.back() : rows.front();
    if (point.width() > kMaxApexShare * m.width || open_end.width() < kMinOpenEndShare * m.width) return "";
    int open = 0;
    const int half = m.height / 2;
    for (int i = 0; i < half; ++i) open += !inked_mid_row(m, point_up ? m.height - 1 - i : i);
    if (open < kMinOpenRows * half || mirror_asymmetry(m) > kMaxChevronAsymmetry) return "";
    return point_up ? "^" : "v";
}

// The character Unicode gives a shape reports draw as a mark.
std::string mark_character(MarkShape shape, const Mask& m) {
    switch (shape) {
        case MarkShape::arrow_up: return "↑";
        case MarkShape::arrow_down: return "↓";
        case MarkShape::arrow_side:
            if (mirror_asymmetry(m) < kMaxTwoHeadedAsymmetry) return "↔";
            return heavier_left(m) ? "←" : "→";
        case MarkShape::star: return "★";
        case MarkShape::circle: return "●";
        case MarkShape::triangle: return "▲";
        case MarkShape::triangle_down: return "▼";
        case MarkShape::square: return "■";
        case MarkShape::diamond: return "◆";
        case MarkShape::tick: return "✓";
        case MarkShape::cross: return "✗";
        case MarkShape::none: return "";
    }
    return "";
}

Mask mask_from_outline(const std::vector<std::vector<Point>>& outline, int grid) {
    DrawnPath path;
    path.subpaths = outline;
    path.box = {1e30, 1e30, -1e30, -1e30};
    for (const auto& contour : outline)
        for (const Point& p : contour)
            path.box = {std::min(path.box.x0, p.x), std::min(path.box.y0, p.y), std::max(path.box.x1, p.x),
                        std::max(path.box.y1, p.y)};
    return mask_from_paths({&path}, grid);
}

Mask mask_from_image(const DrawnImage& image) {
    Grid g(image.pixels.width, image.pixels.height);
    for (int y = 0; y < g.h; ++y)
        for (int x = 0; x < g.w; ++x) {
            const size_t i = size_t(y) * g.w + x;
            const unsigned char* px = image.pixels.at(x, y);
            const bool ink = image.alpha.empty() ? std::min({px[0], px[1], px[2]}) < kImageInk : image.alpha[i] >= 128;
            g.on[i] = ink;
        }
    return crop(g);
}

namespace {

bool raster_ink(const unsigned char* px) {
    const int lum = (299 * px[0] + 587 * px[1] + 114 * px[2]) / 1000;
    return lum < kInkLuminance || std::max({px[0], px[1], px[2]}) - std::min({px[0], px[1], px[2]}) >= kInkChroma;
}

}  // namespace

Mask mask_from_raster(const RgbImage& image, int x0, int y0, int x1, int y1) {
    x0 = std::clamp(x0, 0, image.width);
    x1 = std::clamp(x1, 0, image.width);
    y0 = std::clamp(y0, 0, image.height);
    y1 = std::clamp(y1, 0, image.height);
    const int w = x1 - x0, h = y1 - y0;
    if (w <= 0 || h <= 0) return {};
    std::vector<int> label(size_t(w) * h, 0);
    Grid best(w, h);
    int best_size = 0, next = 0;
    std::vector<std::pair<int, int>> stack, members;
    for (int sy = 0; sy < h; ++sy)
        for (int sx = 0; sx < w; ++sx) {
            if (label[size_t(sy) * w + sx] || !raster_ink(image.at(x0 + sx, y0 + sy))) continue;
            // flood one 8-connected blob
            ++next;
            members.clear();
            stack.assign(1, {sx, sy});
            label[size_t(sy) * w + sx] = next;
            int bx0 = sx, bx1 = sx, by0 = sy, by1 = sy;
            while (!stack.empty()) {
                auto [x, y] = stack.back();
                stack.pop_back();
                members.push_back({x, y});
                bx0 = std::min(bx0, x), bx1 = std::max(bx1, x), by0 = std::min(by0, y), by1 = std::max(by1, y);
                for (int dy = -1; dy <= 1; ++dy)
                    for (int dx = -1; dx <= 1; ++dx) {
                        const int nx = x + dx, ny = y + dy;
                        if (nx < 0 || ny < 0 || nx >= w || ny >= h || label[size_t(ny) * w + nx]) continue;
                        if (!raster_ink(image.at(x0 + nx, y0 + ny))) continue;
                        label[size_t(ny) * w + nx] = next;
                        stack.push_back({nx, ny});
                    }
            }
            const bool rule = bx1 - bx0 + 1 >= kRuleSpan * w || by1 - by0 + 1 >= kRuleSpan * h ||
                              double(members.size()) < kMinBlobFill * (bx1 - bx0 + 1) * (by1 - by0 + 1) ||
                              std::max(bx1 - bx0, by1 - by0) + 1 > kMaxBlobAspect * (std::min(bx1 - bx0, by1 - by0) + 1);
            if (rule || int(members.size()) <= best_size) continue;
            best_size = int(members.size());
            std::fill(best.on.begin(), best.on.end(), 0);
            for (auto [x, y] : members) best.on[size_t(y) * w + x] = 1;
        }
    return crop(best);
}

MarkShape classify_shape(const Mask& mask, double min_match) {
    if (mask.width < 3 || mask.height < 3) return MarkShape::none;
    const auto cells = normalise(mask);
    MarkShape best = MarkShape::none;
    double best_score = min_match;
    for (const auto& t : templates()) {
        const double score = iou(cells, t.cells);
        if (score > best_score) {
            best_score = score;
            best = t.shape;
        }
    }
    return best;
}

}  // namespace occx
