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
        std::vector<std::string> keys;    // each glyph's outline key
        size_t join = std::string::npos;  // a number this site's currency sign is joined to
    };
    std::vector<Site> sites;
    for (size_t k = 0; k < page.words.size(); ++k) {
        auto offsets = replacement_offsets(page.words[k].text);
        if (offsets.empty()) continue;
        auto glyphs = glyphs_in(page.words[k], drawing);
        if (glyphs.size() != offsets.size()) continue;
        std::vector<std::string> keys;
        for (const UnnamedGlyph* g : glyphs) keys.push_back(outline_key(g->outline));
        sites.push_back({k, std::move(offsets), std::move(glyphs), std::move(keys)});
    }
    // A glyph named anywhere on the page (or an earlier one) is named everywhere.
    for (Site& s : sites)
        for (size_t i = 0; i < s.glyphs.size(); ++i) {
            const std::string& key = s.keys[i];
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
            if (name.empty() && mark) name = mark_character(classify_shape(m, kMinGlyphShapeMatch), m);
            if (name.empty() && read_) name = read_(s.glyphs[i]->outline);
            if (!name.empty()) names_[key] = name;
        }
    std::set<std::string> guessed;
    std::vector<bool> joined(page.words.size(), false);
    for (Site& s : sites) {
        Word& word = page.words[s.word];
        for (size_t i = s.offsets.size(); i-- > 0;) {
            auto hit = names_.find(s.keys[i]);
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
