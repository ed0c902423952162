#pragma once
// A row's line on a page whose columns drift: text laid out in character cells (pdftotext
// -layout, OCRmyPDF sidecars) places each block of text anew, closing up empty space, so a
// row's cells sit several characters off the header's columns, and by a different amount on
// each row. Where a word's x says too little, the order of the cells and what they hold (a
// value, a status, a unit, prose) say the rest: the line's cells are aligned with the header's
// columns in order, by kind, and by the gaps between them.
#include <cstddef>
#include <vector>

#include "patterns/pattern_pack.h"
#include "table/header.h"
#include "table/line.h"

namespace occx {

// Where this row's cells start, column by column, as far as its lines have shown (NaN where
// none has): a row's later lines sit under its own cells, not under the header's labels.
struct RowColumnStarts {
    std::vector<double> x0;
    // Whether the row's value cell of a column began in words ("Delivering to"): the rest of
    // its words ("plan") follow on the lines below, under it.
    std::vector<bool> worded;
    void reset(size_t columns);
};

// The column of each of the line's words by where its centre lies under the header: enough
// where columns stay put (a text layer, a scan).
std::vector<size_t> columns_by_position(const Line& line, const Header& header);

// A word that belongs to no column: a watermark's letter.
inline constexpr size_t kNoColumn = static_cast<size_t>(-1);

// The column of each of the line's words (or kNoColumn), in order; learns the row's cell starts from the
// line. Falls back to each word's position under the header when the line has too many cells
// to align.
std::vector<size_t> align_line_to_columns(const Line& line, const Header& header, RowColumnStarts& row,
                                          const PatternPack& pack);

}  // namespace occx
