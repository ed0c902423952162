#include "text/word_skew.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace occx {

namespace {

// Pairs are words on one line: the right one starts within this many of the left one's
// heights, and they share at least half the smaller height. Far pairs measure the slope best
// (a word's own height varies with its letters), so pairs closer than kMinPairSpan heights
// are left out.
constexpr double kMaxPairSpan = 12.0;
constexpr double kMinPairSpan = 3.0;
constexpr double kMinSharedHeight = 0.5;
// Candidates looked at per word: bounds the work on a hostile page of stacked words.
constexpr size_t kMaxCandidates = 40;
// Fewer pairs than this say nothing about a page.
constexpr size_t kMinPairs = 20;
// A slope under this (radians, about 0.15°) moves a line's ends by less than a word's height
// across a page: nothing to level.
constexpr double kMinSlope = 0.0025;
// A slope over this (about 10°) is no scan's skew but a page of rotated or scattered words.
constexpr double kMaxSlope = 0.18;

double shared_height(const Box& a, const Box& b) {
    return std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
}

}  // namespace

std::optional<double> text_slope(const Page& page) {
    std::vector<const Box*> boxes;
    for (const auto& w : page.words)
        if (w.box.height() > 0 && std::isfinite(w.box.x0) && std::isfinite(w.box.y0)) boxes.push_back(&w.box);
    std::sort(boxes.begin(), boxes.end(), [](const Box* a, const Box* b) { return a->x0 < b->x0; });
    std::vector<double> slopes;
    for (const Box* a : boxes) {
        const double h = a->height();
        auto it = std::lower_bound(boxes.begin(), boxes.end(), a->x1 + kMinPairSpan * h,
                                   [](const Box* b, double x) { return b->x0 < x; });
        size_t seen = 0;
        for (; it != boxes.end() && (*it)->x0 <= a->x1 + kMaxPairSpan * h && seen < kMaxCandidates; ++it, ++seen) {
            const Box* b = *it;
            if (shared_height(*a, *b) < kMinSharedHeight * std::min(h, b->height())) continue;
            slopes.push_back((b->center_y() - a->center_y()) / (b->center_x() - a->center_x()));
        }
    }
    if (slopes.size() < kMinPairs) return std::nullopt;
    auto mid = slopes.begin() + static_cast<long>(slopes.size() / 2);
    std::nth_element(slopes.begin(), mid, slopes.end());
    return *mid;
}

double level_words(Page& page) {
    const auto slope = text_slope(page);
    if (!slope || std::abs(*slope) < kMinSlope || std::abs(*slope) > kMaxSlope) return 0;
    const double angle = std::atan(*slope), c = std::cos(angle), s = std::sin(angle);
    double cx = 0, cy = 0;
    for (const auto& w : page.words) {
        cx = std::max(cx, w.box.x1);
        cy = std::max(cy, w.box.y1);
    }
    cx = page.width > 0 ? page.width / 2 : cx / 2;
    cy = page.height > 0 ? page.height / 2 : cy / 2;
    for (auto& w : page.words) {
        // turn the centre by -angle about the page's centre; the box keeps its size
        const double dx = w.box.center_x() - cx, dy = w.box.center_y() - cy;
        const double nx = cx + c * dx + s * dy, ny = cy - s * dx + c * dy;
        const double mx = nx - w.box.center_x(), my = ny - w.box.center_y();
        w.box = {w.box.x0 + mx, w.box.y0 + my, w.box.x1 + mx, w.box.y1 + my};
    }
    return angle * 180 / M_PI;
}

}  // namespace occx
