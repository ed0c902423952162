#pragma once
// Figures that pdftotext's raw flow set away from their rows' ids (stream_rows.h): dealt back
// to the rows they belong to, where the rows' counts leave no doubt.
#include <vector>

#include "patterns/pattern_pack.h"
#include "text/row_cells.h"

namespace occx::plain {

// Rows read by position (RowCells::value_run) in document order. A stretch of neighbouring rows
// none of which read exactly one row's figures, each reading none or a whole number of rows'
// worth, and all of them together exactly theirs, gets its figures again in row order: with the
// statuses printed as words among them where every row's part holds its figures and statuses,
// else the figures alone (each row keeps the statuses it read). Anything else stays as read.
void deal_stray_figures(std::vector<RowCells>& rows, const PatternPack& pack);

}  // namespace occx::plain
