#include "table/running_lines.h"

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

}  // namespace

bool RunningLines::near_edge(const Line& line, const Page& page) {
    return page.height > 0 &&
           (line.box.y1 < kEdgeShare * page.height || line.box.y0 > (1 - kEdgeShare) * page.height);
}

bool RunningLines::repeats(const Line& line, const Page& page, std::vector<int>& first_seen) {
    if (!near_edge(line, page)) return false;
    auto& copies = seen_[masked(line.text())];
    bool repeated = false;
    for (auto& s : copies) {
        if (s.page == page.number || std::abs(s.y - line.box.y0) > kSameHeight) continue;
        repeated = true;
        if (!s.known) first_seen.push_back(s.page);
        s.known = true;
    }
    copies.push_back({page.number, line.box.y0, repeated});
    return repeated;
}

}  // namespace occx
