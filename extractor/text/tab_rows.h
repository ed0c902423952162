#pragma once
// Rows of tab-separated tables (markdown and table converters): cells mapped to columns by the
// header's labels; continuation lines (leading empty cells) and "Comments :" lines under a row
// join the row; rows a converter flattened onto one line are split at their ids.
#include <string>
#include <vector>

#include "patterns/pattern_pack.h"
#include "text/row_cells.h"
#include "text/sections.h"

namespace occx::plain {

std::vector<RowCells> read_tab_rows(const std::vector<std::string>& lines, const Sections& sections,
                                    const PatternPack& pack);

}  // namespace occx::plain
