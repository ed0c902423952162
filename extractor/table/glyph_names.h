#pragma once
// Names the characters a text layer could not: where a font gives no Unicode for a glyph, the
// page's words hold U+FFFD and its drawing the glyph's outline (model/drawing.h UnnamedGlyph).
// A mark reports draw (a trend arrow, a status star) is named from its outline's shape; a glyph
// set just before a number is named by the pattern pack's rule for that place (the currency
// sign). A name, once found, holds for the same outline on every later page.
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/document.h"
#include "model/drawing.h"
#include "patterns/pattern_pack.h"
#include "table/shapes.h"

namespace occx {

// Reads a glyph's outline (ems, y down) as the one character it draws, or "" (OCR, where a
// run has it; see pipeline/glyph_ocr.h).
using GlyphReader = std::function<std::string(const std::vector<std::vector<Point>>& outline)>;
// Reads a mask of ink as one character, or "".
using MaskReader = std::function<std::string(const Mask& ink)>;

class GlyphNamer {
public:
    // read names what neither shape nor place does; it may be empty.
    explicit GlyphNamer(const PatternPack& pack, GlyphReader read = {}) : pack_(pack), read_(std::move(read)) {}

    // Replaces each U+FFFD in the page's words by the name of the glyph printed there; a glyph
    // nothing names gets back its font's guess, and a page note says so.
    void name_glyphs(Page& page, const Drawing& drawing);

private:
    std::string name_by_place(const std::string& rest_of_word) const;
    static size_t next_on_line(const std::vector<Word>& words, size_t at);
    std::string place_text(const std::vector<Word>& words, size_t at, size_t offset) const;

    const PatternPack& pack_;
    GlyphReader read_;
    std::map<std::string, std::string> names_;  // outline key -> name
    std::set<std::string> tried_;               // outline keys already asked about
};

}  // namespace occx
