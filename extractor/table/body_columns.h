#pragma once
// Columns that the body shows and the header does not name: a label OCR lost, or one that a
// report typeset some other way printed where the header engine does not look.
#include <string>
#include <vector>

#include "patterns/pattern_pack.h"
#include "table/gutters.h"
#include "table/header.h"

namespace occx {

// Aligns the body's value columns (runs of strips that the body's numbers cover, between
// gutters) with the header's labels, in order and each to its nearest; a value column that no
// label takes, in a group (period or YTD) whose actual or target has no label, is that
// column. Returns the keys added; their columns have no extent yet (x0 == x1).
std::vector<std::string> add_body_columns(Header& header, const ColumnEvidence& evidence);

}  // namespace occx
