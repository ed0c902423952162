#include "table/running_lines.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include "util/text.h"

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

// A scan's running line is read a little differently on each page ("Oxfordshire County Council -
// Performance Report - June", "Council Performance Report -"). Two OCR'd lines read alike when
// every word of the shorter one (of kMinWordLetters letters or more, kMinSharedWords at least) is
// in the other, a letter or so aside. A word of its own, even one, makes it another line: two
// priorities' banners ("Running the business: finance"), two months' comments.
constexpr size_t kMinWordLetters = 3;
constexpr size_t kMinSharedWords = 3;
// Letters a word may have per slip and still be the other line's word ("Jume" for "June").
constexpr size_t kLettersPerSlip = 4;
// Pages besides its own that must print a line read alike, not the same, for it to be running:
// a row's line may match one other page's by chance (comments share their wording), not two.
constexpr size_t kMinAlikePages = 2;

std::vector<std::string> long_words(const std::string& masked_text) {
    std::vector<std::string> out;
    std::string word;
    for (char c : masked_text + ' ') {
        if (std::isalpha(static_cast<unsigned char>(c))) {
            word.push_back(c);
            continue;
        }
        if (word.size() >= kMinWordLetters) out.push_back(word);
        word.clear();
    }
    return out;
}

bool has_word(const std::vector<std::string>& words, const std::string& w) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& other) {
        return other == w || edit_distance(other, w) <= std::max(other.size(), w.size()) / kLettersPerSlip;
    });
}

bool read_alike(const std::string& a, const std::string& b) {
    std::vector<std::string> x = long_words(a), y = long_words(b);
    if (x.size() > y.size()) std::swap(x, y);
    return x.size() >= kMinSharedWords && std::all_of(x.begin(), x.end(), [&](const std::string& w) { return has_word(y, w); });
}

}  // namespace

bool RunningLines::near_edge(const Line& line, const Page& page) {
    return page.height > 0 &&
           (line.box.y1 < kEdgeShare * page.height || line.box.y0 > (1 - kEdgeShare) * page.height);
}

bool RunningLines::repeats(const Line& line, const Page& page, std::vector<Copy>& first_seen) {
    if (!near_edge(line, page)) return false;
    const std::string text = masked(line.text());
    const bool top = line.box.y1 < kEdgeShare * page.height;
    const double offset = edge_offset(line, page, top);
    const bool edge = outermost(line, page, top);
    std::vector<Seen*> copies;
    bool same_text = false;
    auto gather = [&](std::vector<Seen>& seen, bool same) {
        for (auto& s : seen) {
            // Printed at the same height, or (pages of laid-out text differ in length: a page's
            // lines are its grid) both the outermost lines, as far from the same edge. A row's
            // line that many rows share ("We are working with ...") may fall as far from the foot
            // of two pages, but a footer stands below it.
            const bool same_height = std::abs(s.box.y0 - line.box.y0) <= kSameHeight;
            const bool same_edge = s.top == top && s.outermost && edge && std::abs(s.offset - offset) <= kSameHeight;
            if (s.page == page.number || !(same_height || same_edge)) continue;
            copies.push_back(&s);
            same_text = same_text || same;
        }
    };
    if (auto same = seen_.find(text); same != seen_.end()) gather(same->second, true);
    if (page.method == PageMethod::ocr)
        for (auto& [seen_text, seen] : seen_)
            if (seen_text != text && read_alike(seen_text, text)) gather(seen, false);
    std::set<int> pages;
    for (const Seen* s : copies) pages.insert(s->page);
    const bool repeated = same_text ? !copies.empty() : pages.size() >= kMinAlikePages;
    if (repeated)
        for (Seen* s : copies) {
            if (!s->known) first_seen.push_back({s->page, s->box});
            s->known = true;
        }
    seen_[text].push_back({page.number, line.box, offset, top, edge, repeated});
    return repeated;
}

}  // namespace occx
