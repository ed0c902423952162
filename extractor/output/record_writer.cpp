#include "output/record_writer.h"

#include <cstdio>

#include "model/record_json.h"
#include "util/error.h"

namespace occx {

RecordFormat record_format_from_name(const std::string& name) {
    if (name == "jsonl") return RecordFormat::jsonl;
    if (name == "json") return RecordFormat::json;
    if (name == "csv") return RecordFormat::csv;
    fail("", "unknown record format '" + name + "' (jsonl, json or csv)");
}

RecordWriter::RecordWriter(std::ostream& out, RecordFormat format, std::vector<std::string> extra_columns)
    : out_(out), format_(format), extra_columns_(std::move(extra_columns)) {
    if (format_ == RecordFormat::csv) {
        std::string line;
        for (const auto& h : csv_header()) line += (line.empty() ? "" : ",") + h;
        for (const auto& h : extra_columns_) line += "," + h;
        out_ << line << "\n";
    }
}

RecordWriter::~RecordWriter() {
    try {
        finish();
    } catch (...) {
    }
}

void RecordWriter::write(const Record& r, const std::vector<nlohmann::json>& extra_values) {
    auto json_text = [&] {
        nlohmann::json j = record_to_json(r);
        for (size_t i = 0; i < extra_columns_.size() && i < extra_values.size(); ++i) j[extra_columns_[i]] = extra_values[i];
        return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    };
    switch (format_) {
        case RecordFormat::jsonl:
            out_ << json_text() << "\n";
            break;
        case RecordFormat::json:
            out_ << (count_ == 0 ? "[\n" : ",\n") << json_text();
            break;
        case RecordFormat::csv: {
            std::string line;
            bool first = true;
            for (const auto& f : csv_row(r)) {
                line += (first ? "" : ",") + csv_escape(f);
                first = false;
            }
            for (size_t i = 0; i < extra_columns_.size(); ++i) {
                const nlohmann::json& v = i < extra_values.size() ? extra_values[i] : nlohmann::json();
                line += "," + csv_escape(v.is_null() ? "" : v.is_string() ? v.get<std::string>() : v.dump());
            }
            out_ << line << "\n";
            break;
        }
    }
    ++count_;
}

void RecordWriter::write_document(const nlohmann::json& document) {
    const std::string text = document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (format_ == RecordFormat::csv) fail("", "a Cabinet report's structured form has no CSV form (use jsonl or json)");
    if (format_ == RecordFormat::jsonl) out_ << text << "\n";
    else out_ << (count_ == 0 ? "[\n" : ",\n") << text;
    ++count_;
}

void RecordWriter::finish() {
    if (finished_) return;
    finished_ = true;
    if (format_ == RecordFormat::json) out_ << (count_ == 0 ? "[]\n" : "\n]\n");
    out_.flush();
}

std::string csv_escape(const std::string& field) {
    if (field.find_first_of(",\"\n\r") == std::string::npos) return field;
    std::string out = "\"";
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

const std::vector<std::string>& csv_header() {
    static const std::vector<std::string> header = {
        "measure_id", "priority_id", "priority_title", "title", "unit", "trend", "director",
        "portfolio_holder",
        "period_actual_raw", "period_actual_value", "period_actual_kind",
        "period_target_raw", "period_target_value", "period_target_kind", "period_status",
        "ytd_actual_raw", "ytd_actual_value", "ytd_actual_kind",
        "ytd_target_raw", "ytd_target_value", "ytd_target_kind", "ytd_status",
        "comment", "improvement_plan", "timeframe", "finance_impact", "risk_impact",
        "period_start", "period_end", "source_file", "source_sha256", "source_pages",
        "source_method", "confidence", "warnings"};
    return header;
}

namespace {

std::string number_text(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

void append_value(std::vector<std::string>& row, const std::optional<Value>& v) {
    row.push_back(v ? v->raw : "");
    row.push_back(v && v->value ? number_text(*v->value) : "");
    row.push_back(v ? kind_name(v->kind) : "");
}

void append_triple(std::vector<std::string>& row, const Triple& t) {
    append_value(row, t.actual);
    append_value(row, t.target);
    row.push_back(t.status.value_or(""));
}

}  // namespace

std::vector<std::string> csv_row(const Record& r) {
    std::vector<std::string> row = {r.measure_id, r.priority_id,
                                    r.priority_title.value_or(""), r.title.value_or(""),
                                    r.unit.value_or(""), r.trend.value_or(""),
                                    r.director.value_or(""), r.portfolio_holder.value_or("")};
    append_triple(row, r.period);
    append_triple(row, r.ytd);
    for (const auto* f : {&r.comment, &r.improvement_plan, &r.timeframe, &r.finance_impact,
                          &r.risk_impact})
        row.push_back(f->value_or(""));
    row.push_back(r.report.period_start.value_or(""));
    row.push_back(r.report.period_end.value_or(""));
    row.push_back(r.source.file);
    row.push_back(r.source.sha256);
    std::string pages;
    for (int p : r.source.pages) pages += (pages.empty() ? "" : ";") + std::to_string(p);
    row.push_back(pages);
    row.push_back(r.source.method);
    row.push_back(number_text(r.confidence));
    std::string warnings;
    for (const auto& w : r.warnings) warnings += (warnings.empty() ? "" : " | ") + w;
    row.push_back(warnings);
    return row;
}

}  // namespace occx
