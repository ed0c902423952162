#include "pdf/core/glyph_fonts.h"

#include <GfxFont.h>
#include <GfxState.h>
#include <fofi/FoFiTrueType.h>
#include <goo/gmem.h>

namespace occx {

namespace {

// A font whose codes Poppler can only name from its /Encoding, though the font draws by code.
bool names_by_guess(const GfxFont& font) {
    return (font.getType() == fontTrueType || font.getType() == fontTrueTypeOT) && font.isSymbolic() &&
           !font.hasToUnicodeCMap() && !font.isCIDFont();
}

}  // namespace

GlyphFonts::Font& GlyphFonts::font_for(GfxState* state) {
    const std::shared_ptr<GfxFont>& font = state->getFont();
    Ref id;
    if (!font || !names_by_guess(*font) || !font->getEmbeddedFontID(&id)) return plain_;
    auto [it, added] = fonts_.try_emplace({id.num, id.gen});
    Font& f = it->second;
    if (!added) return f;
    std::optional<std::vector<unsigned char>> bytes = font->readEmbFontFile(xref_);
    if (!bytes || bytes->empty()) return f;
    f.bytes = std::move(*bytes);
    auto outlines = std::make_unique<TrueTypeOutlines>(f.bytes);
    if (!outlines->ok() || outlines->names_glyphs()) return f;
    std::unique_ptr<FoFiTrueType> ff = FoFiTrueType::make(f.bytes.data(), int(f.bytes.size()));
    if (!ff) return f;
    int* map = static_cast<Gfx8BitFont*>(font.get())->getCodeToGIDMap(ff.get());
    if (!map) return f;
    f.code_to_gid.assign(map, map + kCodes);
    gfree(map);
    f.outlines = std::move(outlines);
    return f;
}

bool GlyphFonts::unnamed_outline(GfxState* state, unsigned code, std::vector<std::vector<Point>>& outline) {
    if (!may_be_unnamed(code)) return false;
    Font& f = font_for(state);
    // Code 0 is .notdef, the box a font draws for a character it lacks: nothing to name.
    if (!f.outlines || f.code_to_gid[code] <= 0) return false;
    auto [it, added] = f.drawn.try_emplace(code);
    if (added) {
        it->second = f.outlines->outline(f.code_to_gid[code]);
        for (auto& contour : it->second)
            for (Point& p : contour) p.y = -p.y;
    }
    outline = it->second;
    return !outline.empty();
}

}  // namespace occx
