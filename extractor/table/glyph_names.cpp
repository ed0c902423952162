#include "table/glyph_names.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string_view>

#include "table/shapes.h"

namespace occx {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD, as the PDF reader leaves it
// A glyph's outline is compared at this many steps per em: enough to tell glyphs apart, coarse
// enough that the same glyph from two fonts' copies keys the same.
constexpr double kKeyStepsPerEm = 64;
// A currency sign parted from its number by no more than this many times the line's height (a
// word space, not a column's gutter) is joined to it. The two may overlap: a re-embedded
// font's width for the sign can be wider than the sign.
constexpr double kMaxJoinGap = 0.35;
// Points a glyph's ink may start left of its word's box (a side bearing below zero).
constexpr double kStartSlack = 0.5;
// Cells on a glyph's longer side when its outline is compared with the marks' shapes.
constexpr int kGlyphGrid = 32;
// A glyph whose ink is longer than this many times its width (a dash, a rule, a bar) is no
// mark: stretched to a square it would pass for one.
constexpr double kMaxMarkAspect = 3;
// A sideways arrow whose two ends differ by less than this share of its ink points both ways.
constexpr double kMaxTwoHeadedAsymmetry = 0.1;
// A font's arrow is a thin shaft with a head at one end or both. Its ink is at least this many
// times longer than wide (a triangle or a star is about as long as wide) ...
constexpr double kMinArrowAspect = 1.5;
// ... its shaft spans at most this share of the head's width ...
constexpr double kMaxShaftShare = 0.4;
// ... over at least this share of its length, and a head lies within this share of an end.
constexpr double kMinShaftLength = 0.3;
constexpr double kHeadReach = 0.45;
// A head is centred on the shaft to within this share of its width (a "1" or a "t" is not).
constexpr double kMaxHeadOffset = 0.15;
// A font's outline is exact, so a mark's glyph matches its ideal shape closely (a star about
// 0.8, a circle or a triangle above 0.95); a letter or a currency sign stretched to a square can
// reach the looser bar a scan's ragged blob needs.
constexpr double kMinGlyphShapeMatch = 0.75;

std::string outline_key(const std::vector<std::vector<Point>>& outline) {
    std::string key;
    for (const auto& contour : outline) {
        for (const Point& p : contour)
            key += std::to_string(std::lround(p.x * kKeyStepsPerEm)) + "," + std::to_string(std::lround(p.y * kKeyStepsPerEm)) + " ";
        key += "|";
    }
    return key;
}

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

// The arrow a font's glyph draws ("↑", "↔" ...), from its ink's profile along its length: a narrow
// shaft, and a wide head at one end or both, centred on the shaft. Empty when it is no arrow.
std::string arrow_by_profile(const Mask& m) {
    const bool vertical = m.height > m.width;
    const int length = std::max(m.width, m.height), across = std::min(m.width, m.height);
    if (length < kMinArrowAspect * across) return "";
    const std::vector<Span> spans = spans_along(m, vertical);
    int widest = 0;
    for (const Span& s : spans) widest = std::max(widest, s.width());
    const int shaft_limit = int(kMaxShaftShare * widest);
    int run = 0, longest = 0;
    double axis = 0;
    for (const Span& s : spans) {
        run = s.width() > 0 && s.width() <= shaft_limit ? run + 1 : 0;
        if (run > longest) longest = run, axis = s.centre();
    }
    if (longest < kMinShaftLength * length) return "";
    bool head_start = false, head_end = false;
    for (int i = 0; i < length; ++i) {
        const Span& s = spans[size_t(i)];
        if (s.width() <= shaft_limit) continue;
        if (std::abs(s.centre() - axis) > kMaxHeadOffset * widest) return "";
        if (i < kHeadReach * length) head_start = true;
        else if (i >= (1 - kHeadReach) * length) head_end = true;
        else return "";  // a wide part mid-shaft: a cross or a letter, not an arrow
    }
    if (head_start && head_end) return vertical ? "↕" : "↔";
    if (head_start) return vertical ? "↑" : "←";
    if (head_end) return vertical ? "↓" : "→";
    return "";
}

// The character Unicode gives a shape reports draw as a mark.
std::string shape_character(MarkShape shape, const Mask& m) {
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

// A mask that could be a mark: some ink, and not a dash or a bar.
bool mark_sized(const Mask& m) {
    return m.width > 0 && m.height > 0 && double(std::max(m.width, m.height)) / std::min(m.width, m.height) <= kMaxMarkAspect;
}

// The glyph starts inside the word, level with it. Its ink may run past the word's end: a
// re-embedded font's width for it can be narrower than what it draws.
bool starts_inside(const Box& glyph, const Box& word) {
    const double cy = (glyph.y0 + glyph.y1) / 2;
    return glyph.x0 >= word.x0 - kStartSlack && glyph.x0 < word.x1 && cy >= word.y0 && cy <= word.y1;
}

// The page's unnamed glyphs printed inside a word, in reading order (left to right).
std::vector<const UnnamedGlyph*> glyphs_in(const Word& word, const Drawing& drawing) {
    std::vector<const UnnamedGlyph*> in;
    for (const auto& g : drawing.glyphs)
        if (starts_inside(g.box, word.box)) in.push_back(&g);
    std::sort(in.begin(), in.end(), [](const UnnamedGlyph* a, const UnnamedGlyph* b) { return a->box.x0 < b->box.x0; });
    return in;
}

std::vector<size_t> replacement_offsets(const std::string& text) {
    std::vector<size_t> at;
    for (size_t i = text.find(kReplacement); i != std::string::npos; i = text.find(kReplacement, i + kReplacement.size()))
        at.push_back(i);
    return at;
}

}  // namespace

std::string GlyphNamer::name_by_place(const std::string& rest_of_word) const {
    return pack_.classify("values.unnamed_glyph_by_place", rest_of_word).value_or("");
}

// The word printed just after words[at] on its line, within a space's width, or npos.
size_t GlyphNamer::next_on_line(const std::vector<Word>& words, size_t at) {
    const Box& w = words[at].box;
    size_t best = std::string::npos;
    for (size_t j = 0; j < words.size(); ++j) {
        const Box& b = words[j].box;
        const bool same_line = b.center_y() > w.y0 && b.center_y() < w.y1;
        if (j == at || !same_line || b.x0 <= w.x0 || b.x0 - w.x1 > kMaxJoinGap * w.height()) continue;
        if (best == std::string::npos || b.x0 < words[best].box.x0) best = j;
    }
    return best;
}

// What follows the glyph at offset in words[at], for naming it by its place: the rest of its
// word, or, where the glyph ends its word, the word set just after it too ("£ 6,307,899": a
// font's wide advance for the sign can part them).
std::string GlyphNamer::place_text(const std::vector<Word>& words, size_t at, size_t offset) const {
    std::string rest = words[at].text.substr(offset);
    if (rest.size() != kReplacement.size()) return rest;
    const size_t next = next_on_line(words, at);
    return next == std::string::npos ? rest : rest + words[next].text;
}

void GlyphNamer::name_glyphs(Page& page, const Drawing& drawing) {
    if (drawing.glyphs.empty()) return;
    struct Site {
        size_t word;
        std::vector<size_t> offsets;
        std::vector<const UnnamedGlyph*> glyphs;
        size_t join = std::string::npos;  // a number this site's currency sign is joined to
    };
    std::vector<Site> sites;
    for (size_t k = 0; k < page.words.size(); ++k) {
        auto offsets = replacement_offsets(page.words[k].text);
        if (offsets.empty()) continue;
        auto glyphs = glyphs_in(page.words[k], drawing);
        if (glyphs.size() == offsets.size()) sites.push_back({k, std::move(offsets), std::move(glyphs)});
    }
    // A glyph named anywhere on the page (or an earlier one) is named everywhere.
    for (Site& s : sites)
        for (size_t i = 0; i < s.glyphs.size(); ++i) {
            const std::string key = outline_key(s.glyphs[i]->outline);
            const std::string place = place_text(page.words, s.word, s.offsets[i]);
            const bool before_number = !name_by_place(place).empty();
            if (before_number && place.size() > page.words[s.word].text.size() - s.offsets[i])
                s.join = next_on_line(page.words, s.word);
            if (names_.count(key) || !tried_.insert(key).second) continue;
            const Mask m = mask_from_outline(s.glyphs[i]->outline, kGlyphGrid);
            const bool mark = mark_sized(m);
            // An arrow's profile is specific; a mark's shape can be met by other glyphs, so a
            // place before a number (the currency sign) is asked first.
            std::string name = mark ? arrow_by_profile(m) : "";
            if (name.empty()) name = name_by_place(place);
            if (name.empty() && mark) name = shape_character(classify_shape(m, kMinGlyphShapeMatch), m);
            if (name.empty() && read_) name = read_(s.glyphs[i]->outline);
            if (!name.empty()) names_[key] = name;
        }
    std::set<std::string> guessed;
    std::vector<bool> joined(page.words.size(), false);
    for (Site& s : sites) {
        Word& word = page.words[s.word];
        for (size_t i = s.offsets.size(); i-- > 0;) {
            auto hit = names_.find(outline_key(s.glyphs[i]->outline));
            const std::string& name = hit != names_.end() ? hit->second : s.glyphs[i]->guess;
            if (hit == names_.end()) guessed.insert(name);
            word.text.replace(s.offsets[i], kReplacement.size(), name);
        }
        if (s.join != std::string::npos && !joined[s.join] && !joined[s.word]) {
            word.text += page.words[s.join].text;
            word.box = union_box(word.box, page.words[s.join].box);
            joined[s.join] = true;
        }
    }
    for (size_t k = page.words.size(); k-- > 0;)
        if (joined[k]) page.words.erase(page.words.begin() + long(k));
    for (const auto& g : guessed)
        page.notes.push_back("a glyph its font does not name was read as its encoding's guess \"" + g + "\"");
}

}  // namespace occx
