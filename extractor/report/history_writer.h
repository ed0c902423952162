#pragma once
// occx history's output: one measure's series as a table (for reading), CSV or a JSON array
// (for tools). Values appear as the reports printed them, and in CSV and JSON with the
// number each denotes beside them, under the column names occx export uses.
#include <ostream>
#include <string>
#include <vector>

#include "archive/series.h"

namespace occx {

enum class HistoryFormat { table, csv, json };

// CSV columns and JSON keys, in order.
const std::vector<std::string>& history_columns();

void write_history(const std::string& measure_id, const std::vector<Series>& series, HistoryFormat format,
                   std::ostream& out);

}  // namespace occx
