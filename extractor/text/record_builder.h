#pragma once
// From a row's cell texts to a measure record, through the shared normalisers.
#include <vector>

#include "model/record.h"
#include "patterns/pattern_pack.h"
#include "text/row_cells.h"

namespace occx::plain {

Record record_from_row(const RowCells& row, const ReportPeriod& period, const PatternPack& pack);

// Rows of the same measure with the same figures (a page repeated by the converter) become
// one: the most complete wins. Rows of one id whose figures differ are kept apart.
std::vector<RowCells> merge_repeated_rows(const std::vector<RowCells>& rows);

}  // namespace occx::plain
