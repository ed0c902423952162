#pragma once
// A table row that OCR read as one line of text ("OCC01.06 Total % of household waste … % ↑ 61.50
// 43.45 61.50 43.56"): Tesseract's text output, and so OCRmyPDF's sidecar, sets every cell of a
// one-line row on one line, title first. Its end holds the row's unit, trend and figures, with
// the status cells between the figures often garbled into short capitalised tokens ("Rentaan",
// "[AMBER]"), which no title ends with.
#include <optional>
#include <string>
#include <vector>

#include "patterns/pattern_pack.h"

namespace occx::plain {

struct RowLineCells {
    std::string title;                // the line's text before its cells (after them: split_leading_row_cells)
    std::string unit, trend;          // empty where the line printed none
    std::vector<std::string> values;  // figures and readable statuses, in order
    size_t unread_marks = 0;          // a trend mark or status OCR garbled past reading, dropped
};

// The cells at the end of a title's line, or nullopt where the line does not end in a row's
// figures. figure_slots is how many figures a row holds (its value columns that are no status).
std::optional<RowLineCells> split_row_line(const std::string& line, size_t figure_slots, const PatternPack& pack);

// The same cells at the start of the text that follows a holder's name on the row's line
// ("# ↑ 39.50 34.46 276.50 245.67 Waste activity in October…"): title is then the text after them.
std::optional<RowLineCells> split_leading_row_cells(const std::string& text, size_t figure_slots,
                                                    const PatternPack& pack);

}  // namespace occx::plain
