// Glyphs a font does not name (Ghostscript's re-embedded fonts): outlines read from a TrueType
// glyf table, and named by shape or by place.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "pdf/truetype_outline.h"
#include "table/glyph_names.h"
#include "test_helpers.h"

using namespace occx;

namespace {

const std::string kFffd = "\xEF\xBF\xBD";

void put16(std::vector<unsigned char>& b, unsigned v) {
    b.push_back((unsigned char)(v >> 8));
    b.push_back((unsigned char)v);
}
void put32(std::vector<unsigned char>& b, uint32_t v) {
    put16(b, v >> 16);
    put16(b, v & 0xFFFF);
}

// A simple glyph: one contour of on-curve points (long coordinates), bounding box left zero.
std::vector<unsigned char> simple_glyph(const std::vector<std::pair<int, int>>& pts) {
    std::vector<unsigned char> g;
    put16(g, 1);
    for (int i = 0; i < 4; ++i) put16(g, 0);
    put16(g, unsigned(pts.size() - 1));  // end of the one contour
    put16(g, 0);                         // no instructions
    for (size_t i = 0; i < pts.size(); ++i) g.push_back(0x01);
    int last = 0;
    for (auto [x, y] : pts) put16(g, unsigned(uint16_t(int16_t(x - last)))), last = x;
    last = 0;
    for (auto [x, y] : pts) put16(g, unsigned(uint16_t(int16_t(y - last)))), last = y;
    return g;
}

// Glyph 1 placed again 500 units to the right.
std::vector<unsigned char> composite_glyph() {
    std::vector<unsigned char> g;
    put16(g, 0xFFFF);  // -1 contours
    for (int i = 0; i < 4; ++i) put16(g, 0);
    put16(g, 0x0001 | 0x0002);  // word arguments, as offsets; no more components
    put16(g, 1);
    put16(g, 500);
    put16(g, 0);
    return g;
}

// A TrueType font of head, maxp, loca (long), glyf and post (format 2 or 3) tables.
std::vector<unsigned char> font(const std::vector<std::vector<unsigned char>>& glyphs, uint32_t post_format) {
    std::vector<unsigned char> glyf, loca;
    for (const auto& g : glyphs) {
        put32(loca, uint32_t(glyf.size()));
        glyf.insert(glyf.end(), g.begin(), g.end());
        while (glyf.size() % 4) glyf.push_back(0);
    }
    put32(loca, uint32_t(glyf.size()));
    std::vector<unsigned char> head(54, 0), maxp, post;
    head[18] = 1000 >> 8;  // 1000 units per em
    head[19] = 1000 & 0xFF;
    head[51] = 1;  // long loca offsets
    put32(maxp, 0x00005000);
    put16(maxp, unsigned(glyphs.size()));
    put32(post, post_format);
    for (int i = 0; i < 7; ++i) put32(post, 0);
    const std::vector<std::pair<std::string, std::vector<unsigned char>*>> tables = {
        {"glyf", &glyf}, {"head", &head}, {"loca", &loca}, {"maxp", &maxp}, {"post", &post}};
    std::vector<unsigned char> out;
    put32(out, 0x00010000);
    put16(out, unsigned(tables.size()));
    for (int i = 0; i < 3; ++i) put16(out, 0);
    size_t offset = 12 + 16 * tables.size();
    for (const auto& [tag, bytes] : tables) {
        out.insert(out.end(), tag.begin(), tag.end());
        put32(out, 0);
        put32(out, uint32_t(offset));
        put32(out, uint32_t(bytes->size()));
        offset += bytes->size();
    }
    for (const auto& [tag, bytes] : tables) out.insert(out.end(), bytes->begin(), bytes->end());
    return out;
}

const std::vector<std::pair<int, int>> kSquare = {{0, 0}, {0, 400}, {400, 400}, {400, 0}};

// An upward arrow a font draws: a thin shaft and a wide head, in ems (y down, as on the page).
std::vector<std::vector<Point>> up_arrow() {
    return {{{0.5, 0}, {0.7, 0.3}, {0.54, 0.3}, {0.54, 1}, {0.46, 1}, {0.46, 0.3}, {0.3, 0.3}}};
}

std::vector<std::vector<Point>> turned(std::vector<std::vector<Point>> outline, bool flip_y, bool swap_xy) {
    for (auto& contour : outline)
        for (Point& p : contour) {
            if (flip_y) p.y = 1 - p.y;
            if (swap_xy) std::swap(p.x, p.y);
        }
    return outline;
}

// A squiggle no shape resembles (as a pound sign's outline resembles no mark).
std::vector<std::vector<Point>> squiggle() {
    return {{{0, 0.2}, {0.4, 0}, {0.7, 0.3}, {0.3, 0.5}, {0.7, 0.8}, {0.2, 1}, {0, 0.7}, {0.35, 0.55}, {0.05, 0.4}}};
}

UnnamedGlyph glyph_at(const Word& w, std::vector<std::vector<Point>> outline, const std::string& guess) {
    UnnamedGlyph g;
    g.box = {w.box.x0, w.box.y0, w.box.x0 + 4, w.box.y1};
    g.outline = std::move(outline);
    g.guess = guess;
    return g;
}

Word word(const std::string& text, double x, double y) {
    Word w;
    w.text = text;
    w.box = {x, y, x + 30, y + 8};
    return w;
}

}  // namespace

TEST_CASE("TrueType outlines come from the glyf table, composites placed", "[glyphs]") {
    const auto bytes = font({{}, simple_glyph(kSquare), composite_glyph()}, 0x00030000);
    TrueTypeOutlines outlines(bytes);
    REQUIRE(outlines.ok());
    CHECK_FALSE(outlines.names_glyphs());
    CHECK(outlines.outline(0).empty());  // .notdef draws nothing here
    const auto square = outlines.outline(1);
    REQUIRE(square.size() == 1);
    REQUIRE(square[0].size() == 5);  // closed back to its start
    CHECK(square[0][2].x == Approx(0.4));
    CHECK(square[0][2].y == Approx(0.4));
    const auto moved = outlines.outline(2);
    REQUIRE(moved.size() == 1);
    CHECK(moved[0][2].x == Approx(0.9));
    CHECK(outlines.outline(3).empty());  // past the last glyph
    CHECK(TrueTypeOutlines(font({simple_glyph(kSquare)}, 0x00020000)).names_glyphs());
}

TEST_CASE("TrueType outlines of a cut or looping font are empty, never out of bounds", "[glyphs]") {
    auto bytes = font({{}, simple_glyph(kSquare), composite_glyph()}, 0x00030000);
    for (size_t cut = 0; cut < bytes.size(); cut += 7) {
        std::vector<unsigned char> part(bytes.begin(), bytes.begin() + long(cut));
        TrueTypeOutlines outlines(part);
        for (int gid = 0; gid < 4; ++gid) (void)outlines.outline(gid);
    }
    // A composite that names itself ends at the nesting limit.
    auto self = composite_glyph();
    self[13] = 1;  // its component is glyph 1: itself
    const auto looping_bytes = font({{}, self}, 0x00030000);
    TrueTypeOutlines looping(looping_bytes);
    CHECK(looping.outline(1).empty());
}

TEST_CASE("Unnamed glyphs are named by their shape or their place before a number", "[glyphs]") {
    Page page;
    page.words = {word(kFffd, 100, 10), word(kFffd + "283,579", 150, 10), word(kFffd, 200, 10), word(kFffd, 100, 30),
                  word(kFffd, 100, 50), word(kFffd, 100, 70), word("net" + kFffd, 150, 70)};
    Drawing drawing;
    drawing.glyphs = {glyph_at(page.words[0], up_arrow(), "€"), glyph_at(page.words[1], squiggle(), "‚"),
                      glyph_at(page.words[2], squiggle(), "‚"),
                      glyph_at(page.words[3], turned(up_arrow(), true, false), "ƒ"),
                      glyph_at(page.words[4], turned(up_arrow(), false, true), "•")};
    // A two-headed sideways arrow, and a bar too long to be a mark.
    auto two_headed = turned(up_arrow(), false, true);
    for (auto c : turned(up_arrow(), true, true)) two_headed.emplace_back(c.rbegin(), c.rend());  // one winding
    drawing.glyphs.push_back(glyph_at(page.words[5], two_headed, "„"));
    UnnamedGlyph bar = glyph_at(page.words[6], {{{0, 0.45}, {1, 0.45}, {1, 0.55}, {0, 0.55}}}, "–");
    bar.box.x0 += 20;
    bar.box.x1 += 20;
    drawing.glyphs.push_back(bar);

    GlyphNamer namer(repo_patterns());
    namer.name_glyphs(page, drawing);
    CHECK(page.words[0].text == "↑");
    CHECK(page.words[1].text == "£283,579");
    CHECK(page.words[2].text == "£");  // the same outline as the one set before a number
    CHECK(page.words[3].text == "↓");
    CHECK(page.words[4].text == "←");
    CHECK(page.words[5].text == "↔");
    CHECK(page.words[6].text == "net–");  // nothing names it: the font's guess, with a note
    REQUIRE(page.notes.size() == 1);
    CHECK(page.notes[0].find("\"–\"") != std::string::npos);
}

TEST_CASE("A currency sign its font set as a word of its own is joined to the number after it", "[glyphs]") {
    Page page;
    Word sign = word(kFffd, 100, 10);
    sign.box.x1 = 108;  // the font's width for it is wider than the sign: it overlaps the number
    Word number = word("6,307,899", 103.7, 10);
    Word apart = word("250", 140, 10);  // the next column's value, a gutter away
    Word unit = word(kFffd, 60, 10);
    unit.box.x1 = 66;
    page.words = {sign, number, apart, unit};
    Drawing drawing;
    drawing.glyphs = {glyph_at(page.words[0], squiggle(), "ƒ"), glyph_at(page.words[3], squiggle(), "ƒ")};
    GlyphNamer namer(repo_patterns());
    namer.name_glyphs(page, drawing);
    REQUIRE(page.words.size() == 3);
    CHECK(page.words[0].text == "£6,307,899");
    CHECK(page.words[0].box.x1 == Approx(133.7));
    CHECK(page.words[1].text == "250");
    CHECK(page.words[2].text == "£");
}

TEST_CASE("A glyph neither shape nor place names is read by the reader, once per outline", "[glyphs]") {
    Page page;
    page.words = {word(kFffd, 100, 10), word(kFffd, 100, 30), word(kFffd, 100, 50)};
    Drawing drawing;
    drawing.glyphs = {glyph_at(page.words[0], squiggle(), "ƒ"), glyph_at(page.words[1], squiggle(), "ƒ"),
                      glyph_at(page.words[2], up_arrow(), "€")};
    int reads = 0;
    GlyphNamer namer(repo_patterns(), [&](const std::vector<std::vector<Point>>&) {
        ++reads;
        return std::string("£");
    });
    namer.name_glyphs(page, drawing);
    CHECK(page.words[0].text == "£");
    CHECK(page.words[1].text == "£");
    CHECK(page.words[2].text == "↑");  // named by its shape: the reader is not asked
    CHECK(reads == 1);
    CHECK(page.notes.empty());
}
