#pragma once
// From gathered rows to records: cell text through the normalisers, one record per measure.
#include <map>
#include <string>
#include <vector>

#include "model/record.h"
#include "patterns/pattern_pack.h"
#include "model/table_row.h"

namespace occx {

struct RowContext {
    const PatternPack& pack;
    ReportPeriod period;
    const std::map<std::string, std::string>& priority_titles;
};

Record record_from_row(const RowDraft& row, const RowContext& ctx);

// A status cell's text that is a coloured shape OCR read as a character or two ("G", "A"
// for a red triangle): the cell's colour, where clear, says more than the letter.
bool is_marker_read_as_text(const RowDraft& row, const std::string& text);

// One record per measure id and figures, in order of first appearance: when a measure appears
// again with the same figures (a repeated page), the more complete occurrence wins; with other
// figures it is a second record (validate's duplicate-measure rule reports it).
std::vector<Record> records_from_rows(const std::vector<RowDraft>& rows, const RowContext& ctx);

// How many of a record's fields hold something: to choose between repeated occurrences.
int filled_fields(const Record& r);

}  // namespace occx
