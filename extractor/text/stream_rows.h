#pragma once
// Stream text's rows as the table model. The stream readers (block_rows.h, tab_rows.h) rebuild
// rows from reading order as cell texts by column key; here each cell becomes fragments so that
// records are made by the one record builder (table/row_record.h), as for PDFs.
//
// Stream text keeps no positions, so boxes are synthetic and only keep order: a cell's
// paragraphs sit on successive lines of the row's band (a blank line between paragraphs),
// x is the cell's place in the row, and the text is read as one page (1). They say where in the
// text, not where on the printed page: records from stream text carry no field positions.
#include <vector>

#include "model/table_row.h"
#include "patterns/pattern_pack.h"
#include "text/row_cells.h"

namespace occx::plain {

// The row as a table row; row_index places it below the rows read before it.
RowDraft draft_from_cells(const RowCells& row, size_t row_index, const PatternPack& pack);

}  // namespace occx::plain
