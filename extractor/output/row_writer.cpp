#include "output/row_writer.h"

#include <algorithm>

#include "output/record_writer.h"
#include "util/text.h"
#include "util/error.h"

namespace occx {

namespace {

std::string cell_text(const nlohmann::ordered_json& v) {
    if (v.is_null()) return "";
    if (v.is_string()) return v.get<std::string>();
    return v.dump();
}

size_t display_width(const std::string& s) { return utf8_length(s); }

void write_table(const std::vector<std::string>& columns, const std::vector<nlohmann::ordered_json>& rows,
                 std::ostream& out) {
    std::vector<std::vector<std::string>> cells = {columns};
    for (const auto& r : rows) {
        cells.emplace_back();
        for (const auto& c : columns) {
            std::string text = r.contains(c) ? cell_text(r[c]) : "";
            cells.back().push_back(text.empty() ? "-" : text);
        }
    }
    for (const auto& line : aligned_lines(cells)) out << line << "\n";
}

}  // namespace

std::vector<std::string> aligned_lines(const std::vector<std::vector<std::string>>& rows) {
    std::vector<size_t> widths;
    for (const auto& r : rows)
        for (size_t i = 0; i < r.size(); ++i) {
            if (widths.size() <= i) widths.push_back(0);
            widths[i] = std::max(widths[i], display_width(r[i]));
        }
    std::vector<std::string> out;
    for (const auto& r : rows) {
        std::string line;
        for (size_t i = 0; i < r.size(); ++i) {
            line += r[i];
            if (i + 1 < r.size()) line += std::string(widths[i] - display_width(r[i]) + 2, ' ');
        }
        out.push_back(std::move(line));
    }
    return out;
}

RowFormat row_format_from_name(const std::string& name) {
    if (name == "table") return RowFormat::table;
    if (name == "csv") return RowFormat::csv;
    if (name == "json") return RowFormat::json;
    if (name == "jsonl") return RowFormat::jsonl;
    fail("", "unknown format '" + name + "' (table, csv, json or jsonl)");
}

void write_rows(const std::vector<std::string>& columns, const std::vector<nlohmann::ordered_json>& rows,
                RowFormat format, std::ostream& out) {
    constexpr auto kReplace = nlohmann::json::error_handler_t::replace;
    switch (format) {
        case RowFormat::table: write_table(columns, rows, out); break;
        case RowFormat::csv:
            for (size_t i = 0; i < columns.size(); ++i) out << (i ? "," : "") << columns[i];
            out << "\n";
            for (const auto& r : rows) {
                for (size_t i = 0; i < columns.size(); ++i)
                    out << (i ? "," : "") << csv_escape(r.contains(columns[i]) ? cell_text(r[columns[i]]) : "");
                out << "\n";
            }
            break;
        case RowFormat::json: out << nlohmann::ordered_json(rows).dump(2, ' ', false, kReplace) << "\n"; break;
        case RowFormat::jsonl:
            for (const auto& r : rows) out << r.dump(-1, ' ', false, kReplace) << "\n";
            break;
    }
}

}  // namespace occx
