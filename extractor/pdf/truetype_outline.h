#pragma once
// Glyph outlines of an embedded TrueType font, read from its own glyf table. Some producers
// (Ghostscript's pdfwrite among them) re-embed a font with no ToUnicode map, no glyph names and a
// symbol cmap: the text layer then names glyphs by guesswork, and only the outline still says
// what a glyph is. Poppler-free, and bounded on hostile bytes.
#include <span>
#include <vector>

#include "model/drawing.h"

namespace occx {

class TrueTypeOutlines {
public:
    // font's bytes must outlive this reader: it keeps a view of them, not a copy.
    explicit TrueTypeOutlines(std::span<const unsigned char> font);

    // False when the tables an outline needs are missing or malformed.
    bool ok() const { return ok_; }
    // True when the post table names the glyphs (format 2): a reader can map them to Unicode.
    bool names_glyphs() const { return names_glyphs_; }
    // The glyph's contours flattened to polygons, in ems (y up, as fonts draw); empty when the
    // glyph draws nothing or cannot be read.
    std::vector<std::vector<Point>> outline(int gid) const;

private:
    struct Table {
        size_t offset = 0, length = 0;
    };
    bool glyph_range(int gid, size_t& begin, size_t& end) const;
    void add_glyph(int gid, const double m[6], int depth, std::vector<std::vector<Point>>& out) const;
    void add_simple(size_t at, size_t end, int contours, const double m[6], std::vector<std::vector<Point>>& out) const;
    void add_composite(size_t at, size_t end, const double m[6], int depth, std::vector<std::vector<Point>>& out) const;

    std::span<const unsigned char> font_;
    Table glyf_, loca_;
    int glyphs_ = 0;
    int units_per_em_ = 0;
    bool long_offsets_ = false;
    bool ok_ = false;
    bool names_glyphs_ = false;
};

}  // namespace occx
