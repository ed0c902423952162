#include "pdf/truetype_outline.h"

#include <cstdint>
#include <cstring>

namespace occx {

namespace {

// A composite glyph may nest others; fonts nest two or three deep, a loop never ends.
constexpr int kMaxCompositeDepth = 6;
// More points than any real glyph has: a larger count is a broken or hostile table.
constexpr int kMaxGlyphPoints = 20000;
// Straight segments per quadratic arc: enough to tell one outline from another.
constexpr int kArcSteps = 4;

// Simple-glyph point flags (the TrueType glyf table).
constexpr unsigned kOnCurve = 0x01, kXShort = 0x02, kYShort = 0x04, kRepeat = 0x08, kXSameOrPositive = 0x10,
                   kYSameOrPositive = 0x20;
// Composite-glyph component flags.
constexpr unsigned kArgsAreWords = 0x0001, kArgsAreOffsets = 0x0002, kHasScale = 0x0008, kMoreComponents = 0x0020,
                   kHasXYScale = 0x0040, kHasTwoByTwo = 0x0080;

// Big-endian reads that answer 0 past the end: a short table reads as empty, not out of bounds.
struct Reader {
    std::span<const unsigned char> bytes;
    unsigned u8(size_t at) const { return at < bytes.size() ? bytes[at] : 0; }
    unsigned u16(size_t at) const { return (u8(at) << 8) | u8(at + 1); }
    int s16(size_t at) const { return int16_t(uint16_t(u16(at))); }
    uint32_t u32(size_t at) const { return (uint32_t(u16(at)) << 16) | u16(at + 2); }
    double f2dot14(size_t at) const { return s16(at) / 16384.0; }
};

Point apply(const double m[6], double x, double y) { return {m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]}; }

struct FontPoint {
    double x = 0, y = 0;
    bool on = false;
};

// A contour of on- and off-curve points as a polygon: between two off-curve points lies an
// implied on-curve midpoint, and each arc is cut into kArcSteps segments.
std::vector<Point> flatten_contour(const std::vector<FontPoint>& pts, const double m[6]) {
    std::vector<Point> poly;
    const size_t n = pts.size();
    if (n == 0) return poly;
    auto mid = [](const FontPoint& a, const FontPoint& b) { return FontPoint{(a.x + b.x) / 2, (a.y + b.y) / 2, true}; };
    // Start at an on-curve point (or the midpoint of the first two when there is none).
    size_t first = 0;
    while (first < n && !pts[first].on) ++first;
    FontPoint start = first < n ? pts[first] : mid(pts[0], pts[1 % n]);
    if (first == n) first = 0;
    FontPoint prev = start;
    poly.push_back(apply(m, start.x, start.y));
    for (size_t k = 1; k <= n; ++k) {
        const FontPoint& p = pts[(first + k) % n];
        if (p.on) {
            poly.push_back(apply(m, p.x, p.y));
            prev = p;
            continue;
        }
        const FontPoint& next = pts[(first + k + 1) % n];
        const FontPoint end = next.on ? next : mid(p, next);
        for (int s = 1; s <= kArcSteps; ++s) {
            const double t = double(s) / kArcSteps, u = 1 - t;
            poly.push_back(apply(m, u * u * prev.x + 2 * u * t * p.x + t * t * end.x,
                                 u * u * prev.y + 2 * u * t * p.y + t * t * end.y));
        }
        prev = end;
        if (next.on) ++k;
    }
    return poly;
}

}  // namespace

TrueTypeOutlines::TrueTypeOutlines(std::span<const unsigned char> font) : font_(font) {
    const Reader r{font_};
    const unsigned tables = r.u16(4);
    Table head, maxp, post;
    for (unsigned i = 0; i < tables; ++i) {
        const size_t rec = 12 + 16 * size_t(i);
        if (rec + 16 > font_.size()) return;
        Table t{r.u32(rec + 8), r.u32(rec + 12)};
        if (t.offset > font_.size() || t.length > font_.size() - t.offset) continue;
        const unsigned char* tag = font_.data() + rec;
        if (!std::memcmp(tag, "glyf", 4)) glyf_ = t;
        else if (!std::memcmp(tag, "loca", 4)) loca_ = t;
        else if (!std::memcmp(tag, "head", 4)) head = t;
        else if (!std::memcmp(tag, "maxp", 4)) maxp = t;
        else if (!std::memcmp(tag, "post", 4)) post = t;
    }
    if (head.length < 54 || maxp.length < 6 || !glyf_.length || !loca_.length) return;
    units_per_em_ = int(r.u16(head.offset + 18));
    long_offsets_ = r.s16(head.offset + 50) != 0;
    glyphs_ = int(r.u16(maxp.offset + 4));
    names_glyphs_ = post.length >= 4 && r.u32(post.offset) == 0x00020000;
    ok_ = units_per_em_ > 0 && glyphs_ > 0;
}

bool TrueTypeOutlines::glyph_range(int gid, size_t& begin, size_t& end) const {
    if (gid < 0 || gid >= glyphs_) return false;
    const Reader r{font_};
    const size_t entry = long_offsets_ ? 4 : 2;
    if ((size_t(gid) + 2) * entry > loca_.length) return false;
    const size_t at = loca_.offset + size_t(gid) * entry;
    begin = long_offsets_ ? r.u32(at) : size_t(r.u16(at)) * 2;
    end = long_offsets_ ? r.u32(at + entry) : size_t(r.u16(at + entry)) * 2;
    if (begin >= end || end > glyf_.length) return false;
    begin += glyf_.offset;
    end += glyf_.offset;
    return end - begin >= 10;
}

std::vector<std::vector<Point>> TrueTypeOutlines::outline(int gid) const {
    std::vector<std::vector<Point>> out;
    if (!ok_) return out;
    const double em = 1.0 / units_per_em_;
    const double m[6] = {em, 0, 0, em, 0, 0};
    add_glyph(gid, m, 0, out);
    return out;
}

void TrueTypeOutlines::add_glyph(int gid, const double m[6], int depth, std::vector<std::vector<Point>>& out) const {
    size_t begin = 0, end = 0;
    if (depth > kMaxCompositeDepth || !glyph_range(gid, begin, end)) return;
    const int contours = Reader{font_}.s16(begin);
    if (contours >= 0) add_simple(begin + 10, end, contours, m, out);
    else add_composite(begin + 10, end, m, depth, out);
}

void TrueTypeOutlines::add_simple(size_t at, size_t end, int contours, const double m[6],
                                  std::vector<std::vector<Point>>& out) const {
    const Reader r{font_.first(end)};
    std::vector<int> ends;
    for (int c = 0; c < contours; ++c) ends.push_back(int(r.u16(at + 2 * size_t(c))));
    if (ends.empty()) return;
    const int points = ends.back() + 1;
    if (points > kMaxGlyphPoints) return;
    at += 2 * size_t(contours);
    at += 2 + r.u16(at);  // the instructions
    std::vector<unsigned> flags;
    while (int(flags.size()) < points && at < end) {
        const unsigned f = r.u8(at++);
        flags.push_back(f);
        for (unsigned rep = (f & kRepeat) ? r.u8(at++) : 0; rep > 0 && int(flags.size()) < points; --rep) flags.push_back(f);
    }
    if (int(flags.size()) < points) return;
    std::vector<FontPoint> pts(static_cast<size_t>(points));
    auto read_axis = [&](unsigned short_bit, unsigned same_bit, auto set) {
        int v = 0;
        for (int i = 0; i < points; ++i) {
            const unsigned f = flags[size_t(i)];
            if (f & short_bit) v += (f & same_bit) ? int(r.u8(at++)) : -int(r.u8(at++));
            else if (!(f & same_bit)) v += r.s16(at), at += 2;
            set(pts[size_t(i)], v);
        }
    };
    read_axis(kXShort, kXSameOrPositive, [](FontPoint& p, int v) { p.x = v; });
    read_axis(kYShort, kYSameOrPositive, [](FontPoint& p, int v) { p.y = v; });
    int from = 0;
    for (int to : ends) {
        if (to < from || to >= points) return;
        std::vector<FontPoint> contour(pts.begin() + from, pts.begin() + to + 1);
        for (size_t i = 0; i < contour.size(); ++i) contour[i].on = flags[size_t(from) + i] & kOnCurve;
        if (contour.size() >= 2) out.push_back(flatten_contour(contour, m));
        from = to + 1;
    }
}

void TrueTypeOutlines::add_composite(size_t at, size_t end, const double m[6], int depth,
                                     std::vector<std::vector<Point>>& out) const {
    const Reader r{font_.first(end)};
    for (unsigned flags = kMoreComponents; (flags & kMoreComponents) && at + 4 <= end;) {
        flags = r.u16(at);
        const int gid = int(r.u16(at + 2));
        at += 4;
        double dx = 0, dy = 0;
        if (flags & kArgsAreWords) dx = r.s16(at), dy = r.s16(at + 2), at += 4;
        else dx = int8_t(r.u8(at)), dy = int8_t(r.u8(at + 1)), at += 2;
        if (!(flags & kArgsAreOffsets)) dx = dy = 0;  // anchored by point numbers: rare, placed unmoved
        double a = 1, b = 0, c = 0, d = 1;
        if (flags & kHasScale) a = d = r.f2dot14(at), at += 2;
        else if (flags & kHasXYScale) a = r.f2dot14(at), d = r.f2dot14(at + 2), at += 4;
        else if (flags & kHasTwoByTwo) a = r.f2dot14(at), b = r.f2dot14(at + 2), c = r.f2dot14(at + 4), d = r.f2dot14(at + 6), at += 8;
        // The component's own transform, then the parent's.
        const double child[6] = {m[0] * a + m[2] * b, m[1] * a + m[3] * b, m[0] * c + m[2] * d,
                                 m[1] * c + m[3] * d, m[0] * dx + m[2] * dy + m[4], m[1] * dx + m[3] * dy + m[5]};
        add_glyph(gid, child, depth + 1, out);
    }
}

}  // namespace occx
