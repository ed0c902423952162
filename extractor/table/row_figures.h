#pragma once
// A row's figures as a line shows them, however OCR garbled them: what tells the first line of a
// row whose id did not read from more lines of the row above.
#include <set>
#include <string>
#include <vector>

#include "table/header.h"
#include "table/line.h"

namespace occx {

bool is_value_column(const Column& c);   // a target or an actual
bool is_status_column(const Column& c);  // a period or year-to-date status

// What a column holds, by its key: figures (an actual or a target, bare or of a period), a
// status, a mark (a unit or a trend), prose (a title, a name, a comment, an action, an impact),
// or nothing known (no label named it).
enum class ColumnKind { value, status, mark, prose, unnamed };
ColumnKind kind_of_column(const Column& c);

// A word of prose: letters with a run of lower-case ones, as no figure, status or unit is printed.
bool reads_as_prose(const std::string& word);
bool has_prose_word(const std::vector<const Word*>& words);

// The value and status columns the line prints in, garbled figures included ("137 OO"); none
// when such a column holds prose (a comment running across the table) or the line no digit there.
// cols: each word's column by its position (columns_by_position, table/line_columns.h).
std::set<std::string> figure_columns(const Line& line, const Header& header, const std::vector<size_t>& cols);

}  // namespace occx
