#pragma once
// Rows of named columns (JSON objects with the columns as keys) as an aligned table, CSV, a
// JSON array or JSON Lines: for listings that are not records (occx list).
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace occx {

enum class RowFormat { table, csv, json, jsonl };

RowFormat row_format_from_name(const std::string& name);  // table, csv, json, jsonl

// Cells padded into aligned columns (widths in UTF-8 characters), one line per row, no newline.
std::vector<std::string> aligned_lines(const std::vector<std::vector<std::string>>& rows);

void write_rows(const std::vector<std::string>& columns, const std::vector<nlohmann::ordered_json>& rows,
                RowFormat format, std::ostream& out);

}  // namespace occx
