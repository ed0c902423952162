#pragma once
// Stream text: what other converters made of a report without its columns' positions (markdown,
// tab-separated tables, pdftotext without -layout, raw Tesseract output). Rows are rebuilt from
// reading order into the table model; table/row_record.h makes their records, as for PDFs.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/table_row.h"

#include "patterns/pattern_pack.h"
#include "model/extraction.h"

namespace occx {

struct StreamRead {
    ExtractResult result;          // the summary, or the Cabinet covering report; no records yet
    std::vector<RowDraft> rows;    // measure rows, in reading order
    std::map<std::string, std::string> priority_titles;  // OCC04 → its banner's title
};

StreamRead read_stream_text(std::string_view text, const PatternPack& pack);

}  // namespace occx
