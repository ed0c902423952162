#pragma once
// A header carried to a page that prints none. In a PDF the columns stay put from page to page,
// but a converter that lays text out in character cells (pdftotext -layout) places each page's
// columns anew, closing up empty space: the carried extents then cut through this page's words.
// The carried columns are refitted to the page's own blocks of text, matched in order by what
// they hold (numbers, text, nothing).
#include <optional>
#include <vector>

#include "table/gutters.h"
#include "table/header.h"
#include "table/line.h"

namespace occx {

// The carried header with extents refitted to these lines, or nullopt when its own extents
// fit them already (they cut hardly any word) or no refit is both confident and better.
// model_evidence is what the pages under the header's own label band showed.
// character_cells: the text is laid out in character cells (pdftotext -layout), where a word
// space is a whole cell wide; names set alike on every row ("Cllr A Lockhart") leave it empty
// down the page, and only a gap wider than a cell parts two blocks there.
std::optional<Header> refit_carried_header(const Header& carried, const ColumnEvidence& model_evidence,
                                           const std::vector<const Line*>& lines, double page_width,
                                           bool character_cells);

// How many words a column boundary cuts through.
size_t words_cut_by_boundaries(const Header& header, const std::vector<const Line*>& lines);

}  // namespace occx
