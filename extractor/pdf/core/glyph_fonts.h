#pragma once
// The fonts of a document whose codes name no character: TrueType, embedded, symbolic, with no
// ToUnicode map and no glyph names. Ghostscript's pdfwrite writes fonts this way, and a text
// layer then reads a trend arrow as "€" or a pound sign as "‚". Their outlines are kept
// instead, for the table stage to name by shape or by place.
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "model/drawing.h"
#include "pdf/truetype_outline.h"

class GfxState;
class XRef;

namespace occx {

class GlyphFonts {
public:
    explicit GlyphFonts(XRef* xref) : xref_(xref) {}

    // Codes below this keep ASCII's meaning in the fonts seen re-embedded this way (their text
    // reads right); the extra glyphs a subset needs are numbered from here, so a name for them
    // is a guess. A quick test before any font is looked at: most characters are ASCII.
    static constexpr unsigned kFirstGuessedCode = 128;
    static bool may_be_unnamed(unsigned code) { return code >= kFirstGuessedCode && code < kCodes; }

    // The outline (ems, y down) of the glyph the state's font draws for code, when that font
    // names no character and the code is one its encoding can only guess; else false.
    bool unnamed_outline(GfxState* state, unsigned code, std::vector<std::vector<Point>>& outline);

private:
    static constexpr unsigned kCodes = 256;
    struct Font {
        std::vector<unsigned char> bytes;
        std::unique_ptr<TrueTypeOutlines> outlines;  // null: the font names its characters
        std::vector<int> code_to_gid;
        std::map<unsigned, std::vector<std::vector<Point>>> drawn;  // outlines already read, by code
    };
    Font& font_for(GfxState* state);

    XRef* xref_;
    std::map<std::pair<int, int>, Font> fonts_;
    Font plain_;  // any font that is not embedded: its names are Poppler's to give
};

}  // namespace occx
