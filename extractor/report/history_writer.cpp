#include "report/history_writer.h"

#include <charconv>
#include <map>

#include <nlohmann/json.hpp>

#include "output/record_writer.h"
#include "output/row_writer.h"
#include "util/text.h"

namespace occx {

namespace {

// Marks a revision that a later one of the same report replaced (shown when the later one
// lacks the measure, or with --all-revisions).
const char* const kSupersededMark = "*";

std::string raw_or_dash(const std::optional<Value>& v) { return v ? v->raw : "-"; }

// The rows' cells as text; "" for nothing (CSV), "-" in the table.
std::string number_text(const std::optional<Value>& v) {
    if (!v || !v->value) return "";
    char buf[64];
    return std::string(buf, std::to_chars(buf, buf + sizeof buf, *v->value).ptr);  // shortest exact form
}

// The title a series ended with, for the line that marks the change.
std::string last_title(const Series& s) {
    for (auto it = s.observations.rbegin(); it != s.observations.rend(); ++it)
        if (it->record.title) return *it->record.title;
    return s.title;
}

std::vector<std::string> table_row(const Series& s, const StoredObservation& o) {
    std::vector<std::string> row = {std::to_string(s.number), o.period_end.value_or("-"),
                                    std::to_string(o.revision) + (o.superseded ? kSupersededMark : "")};
    for (const auto* t : {&o.record.period, &o.record.ytd}) {
        row.push_back(raw_or_dash(t->actual));
        row.push_back(raw_or_dash(t->target));
        row.push_back(t->status.value_or("-"));
    }
    row.push_back(base_name(o.file_name));
    row.push_back(o.record.title.value_or("-"));
    return row;
}

void write_table(const std::string& measure_id, const std::vector<Series>& series, std::ostream& out) {
    const std::vector<std::string> header = {"series", "period_end", "rev", "actual", "target", "status",
                                             "ytd_actual", "ytd_target", "ytd_status", "file", "title"};
    std::vector<std::vector<std::string>> rows = {header};
    bool any_superseded = false;
    for (const auto& s : series)
        for (const auto& o : s.observations) {
            rows.push_back(table_row(s, o));
            any_superseded = any_superseded || o.superseded;
        }
    const auto lines = aligned_lines(rows);
    out << measure_id << "\n" << lines[0] << "\n";
    size_t at = 1;
    for (size_t k = 0; k < series.size(); ++k) {
        if (k > 0)
            out << "\xE2\x80\x94 title changed: \"" << last_title(series[k - 1]) << "\" \xE2\x86\x92 \""
                << series[k].title << "\" \xE2\x80\x94\n";
        for (size_t n = 0; n < series[k].observations.size(); ++n) out << lines[at++] << "\n";
    }
    out << "series: numbered anew where the id's title changed in substance (the id names another measure); "
           "rev: the report's revision (a re-published report is the next one); values as printed\n";
    if (any_superseded) out << kSupersededMark << " superseded: a later revision of that report exists\n";
}

// One observation as the CSV row and JSON object show it: values as printed ("_raw") and
// the numbers they denote ("_value").
nlohmann::ordered_json observation_fields(const std::string& measure_id, const Series& s, const StoredObservation& o) {
    auto text = [](const std::optional<std::string>& v) { return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(); };
    nlohmann::ordered_json j;
    j["measure_id"] = measure_id;
    j["series"] = s.number;
    j["period_end"] = text(o.period_end);
    j["revision"] = o.revision;
    j["superseded"] = o.superseded;
    for (const auto& [prefix, t] : {std::pair{"period_", &o.record.period}, std::pair{"ytd_", &o.record.ytd}}) {
        for (const auto& [name, v] : {std::pair{"actual", &t->actual}, std::pair{"target", &t->target}}) {
            j[std::string(prefix) + name + "_raw"] = *v ? nlohmann::ordered_json((*v)->raw) : nlohmann::ordered_json();
            j[std::string(prefix) + name + "_value"] =
                *v && (*v)->value ? nlohmann::ordered_json(*(*v)->value) : nlohmann::ordered_json();
        }
        j[std::string(prefix) + "status"] = text(t->status);
    }
    j["title"] = text(o.record.title);
    j["source_file"] = o.file_name;
    j["source_pages"] = o.record.source.pages;
    return j;
}

std::string csv_cell(const nlohmann::ordered_json& v, const std::optional<Value>* numeric) {
    if (v.is_null()) return "";
    if (v.is_string()) return csv_escape(v.get<std::string>());
    if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
    if (numeric) return number_text(*numeric);  // the shortest exact form, as the table's
    if (v.is_array()) {
        std::string pages;
        for (const auto& p : v) pages += (pages.empty() ? "" : ";") + p.dump();
        return pages;
    }
    return v.dump();
}

void write_csv(const std::string& measure_id, const std::vector<Series>& series, std::ostream& out) {
    const auto& columns = history_columns();
    for (size_t i = 0; i < columns.size(); ++i) out << (i ? "," : "") << columns[i];
    out << "\n";
    for (const auto& s : series)
        for (const auto& o : s.observations) {
            const auto j = observation_fields(measure_id, s, o);
            const std::map<std::string, const std::optional<Value>*> numeric = {
                {"period_actual_value", &o.record.period.actual}, {"period_target_value", &o.record.period.target},
                {"ytd_actual_value", &o.record.ytd.actual}, {"ytd_target_value", &o.record.ytd.target}};
            for (size_t i = 0; i < columns.size(); ++i) {
                auto n = numeric.find(columns[i]);
                out << (i ? "," : "") << csv_cell(j[columns[i]], n == numeric.end() ? nullptr : n->second);
            }
            out << "\n";
        }
}

void write_json(const std::string& measure_id, const std::vector<Series>& series, std::ostream& out) {
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const auto& s : series)
        for (const auto& o : s.observations) rows.push_back(observation_fields(measure_id, s, o));
    out << rows.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace

const std::vector<std::string>& history_columns() {
    static const std::vector<std::string> columns = {
        "measure_id", "series", "period_end", "revision", "superseded",
        "period_actual_raw", "period_actual_value", "period_target_raw", "period_target_value", "period_status",
        "ytd_actual_raw", "ytd_actual_value", "ytd_target_raw", "ytd_target_value", "ytd_status",
        "title", "source_file", "source_pages"};
    return columns;
}

void write_history(const std::string& measure_id, const std::vector<Series>& series, HistoryFormat format,
                   std::ostream& out) {
    switch (format) {
        case HistoryFormat::table: write_table(measure_id, series, out); break;
        case HistoryFormat::csv: write_csv(measure_id, series, out); break;
        case HistoryFormat::json: write_json(measure_id, series, out); break;
    }
}

}  // namespace occx
