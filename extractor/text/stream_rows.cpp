#include "text/stream_rows.h"

#include "text/columns.h"
#include "text/markup.h"
#include "util/text.h"

namespace occx::plain {

namespace {

// Synthetic geometry, in points. A row's band is tall enough for any cell's lines; a line's
// height and its blank paragraph line make table/cell_text.h read paragraphs as printed.
constexpr double kLineHeight = 10;
constexpr double kCellWidth = 100;
constexpr double kRowBand = 100000;
constexpr int kStreamPage = 1;  // stream readers do not follow the converter's pages

void add_cell(RowDraft& draft, const std::string& key, const std::string& text, double x, double top,
              int page) {
    double y = top;
    for (const auto& p : split(text, '\n')) {
        std::string line = collapse_whitespace(p);
        if (line.empty()) continue;
        Box box{x, y, x + kCellWidth, y + kLineHeight};
        draft.add(key, Fragment{line, box, page, 1.0});
        draft.touch(page, box);
        y += 2 * kLineHeight;  // a blank line: the next paragraph
    }
}

}  // namespace

RowDraft draft_from_cells(const RowCells& row, size_t row_index, const PatternPack& pack) {
    RowDraft draft;
    draft.id = row.id;
    draft.warnings = row.warnings;
    const double top = static_cast<double>(row_index) * kRowBand;
    double x = 0;
    for (const auto& [key, text] : row.cells) {
        if (text.empty()) continue;
        // A value hidden by the watermark is unread, not a value: say so.
        if (is_value_key(key) && is_watermark(collapse_whitespace(text), pack)) {
            draft.warnings.push_back(key + " is hidden by the watermark ('" + collapse_whitespace(text) + "')");
            continue;
        }
        add_cell(draft, key, text, x, top, kStreamPage);
        // Only printed statuses are read: text keeps no drawing, so an empty status is unknown.
        if (is_status_key(key)) draft.status_keys.push_back(key);
        x += kCellWidth;
    }
    return draft;
}

}  // namespace occx::plain
