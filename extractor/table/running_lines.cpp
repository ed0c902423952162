#include "table/running_lines.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace occx {

namespace {

// Running lines sit in these shares of the page's height at its top and bottom edges; table
// rows repeated at the same height further in (a header on every page) are the table's own.
constexpr double kEdgeShare = 0.15;
// Points between two pages' copies of a running line (producers place it identically; a
// scan's skew correction moves it by a point or two).
constexpr double kSameHeight = 3.0;

std::string masked(const std::string& text) {
    std::string out;
    for (unsigned char c : text) out.push_back(std::isdigit(c) ? '#' : static_cast<char>(std::tolower(c)));
    return out;
}

// How far the line sits from the edge it is near.
double edge_offset(const Line& line, const Page& page, bool top) {
    return top ? line.box.y0 : page.height - line.box.y1;
}

// Nothing is printed between the line and the edge it is near.
bool outermost(const Line& line, const Page& page, bool top) {
    return std::none_of(page.words.begin(), page.words.end(), [&](const Word& w) {
        return top ? w.box.y1 <= line.box.y0 : w.box.y0 >= line.box.y1;
    });
}

}  // namespace

bool RunningLines::near_edge(const Line& line, const Page& page) {
    return page.height > 0 &&
           (line.box.y1 < kEdgeShare * page.height || line.box.y0 > (1 - kEdgeShare) * page.height);
}

bool RunningLines::repeats(const Line& line, const Page& page, std::vector<Copy>& first_seen) {
    if (!near_edge(line, page)) return false;
    auto& copies = seen_[masked(line.text())];
    const bool top = line.box.y1 < kEdgeShare * page.height;
    const double offset = edge_offset(line, page, top);
    const bool edge = outermost(line, page, top);
    bool repeated = false;
    for (auto& s : copies) {
        // Printed at the same height, or (pages of laid-out text differ in length: a page's
        // lines are its grid) both the outermost lines, as far from the same edge. A row's
        // line that many rows share ("We are working with ...") may fall as far from the foot
        // of two pages, but a footer stands below it.
        const bool same_height = std::abs(s.box.y0 - line.box.y0) <= kSameHeight;
        const bool same_edge = s.top == top && s.outermost && edge && std::abs(s.offset - offset) <= kSameHeight;
        if (s.page == page.number || !(same_height || same_edge)) continue;
        repeated = true;
        if (!s.known) first_seen.push_back({s.page, s.box});
        s.known = true;
    }
    copies.push_back({page.number, line.box, offset, top, edge, repeated});
    return repeated;
}

}  // namespace occx
