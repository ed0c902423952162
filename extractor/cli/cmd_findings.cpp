// occx findings: what validation found in archived reports (stored by backfill).
#include <iostream>

#include <nlohmann/json.hpp>

#include "archive/archive_store.h"
#include "archive/archive_url.h"
#include "archive/stored_findings.h"
#include "cli/commands.h"
#include "cli/input.h"
#include "output/record_writer.h"
#include "util/error.h"
#include "util/text.h"

namespace occx::cli {

namespace {

// Named as in every other CSV occx writes (export: source_file; the first of source_pages).
const std::vector<std::string> kColumns = {"period_end", "source_file", "source_page", "severity", "rule", "measure_id", "message"};

std::vector<std::string> cells_of(const StoredFinding& s) {
    const Finding& f = s.finding;
    return {s.period_end, f.file, f.pages.empty() ? "" : std::to_string(f.pages.front()),
            severity_name(f.severity), f.rule, f.measure_id, f.message};
}

nlohmann::json json_of(const StoredFinding& s) {
    nlohmann::json j = finding_to_json(s.finding);
    j["period_end"] = s.period_end.empty() ? nlohmann::json() : nlohmann::json(s.period_end);
    j["revision"] = s.revision;
    return j;
}

void write_csv(const std::vector<StoredFinding>& rows, std::ostream& out) {
    auto print = [&](const std::vector<std::string>& cells) {
        for (size_t i = 0; i < cells.size(); ++i) out << (i ? "," : "") << csv_escape(cells[i]);
        out << "\n";
    };
    print(kColumns);
    for (const auto& s : rows) print(cells_of(s));
}

// The table keeps the message last and unpadded: messages are long.
void write_table(const std::vector<StoredFinding>& rows, std::ostream& out) {
    std::vector<std::vector<std::string>> lines = {kColumns};
    for (const auto& s : rows) lines.push_back(cells_of(s));
    std::vector<size_t> widths(kColumns.size(), 0);
    for (const auto& l : lines)
        for (size_t i = 0; i < l.size(); ++i) widths[i] = std::max(widths[i], l[i].size());
    for (const auto& l : lines) {
        std::string text;
        for (size_t i = 0; i + 1 < l.size(); ++i) text += l[i] + std::string(widths[i] - l[i].size() + 2, ' ');
        out << text << l.back() << "\n";
    }
}

void write_summary(const std::vector<StoredFinding>& rows, std::ostream& out) {
    int counts[3] = {0, 0, 0};
    for (const auto& s : rows) ++counts[static_cast<int>(s.finding.severity)];
    out << counts[2] << " errors, " << counts[1] << " warnings, " << counts[0] << " info\n";
}

bool is_year_month(const std::string& s) {
    if (s.size() != 7 || s[4] != '-') return false;
    for (size_t i : {0u, 1u, 2u, 3u, 5u, 6u})
        if (s[i] < '0' || s[i] > '9') return false;
    const int month = (s[5] - '0') * 10 + (s[6] - '0');
    return month >= 1 && month <= 12;
}

FindingQuery query_from(const Args& args) {
    FindingQuery q;
    if (args.value("report") && args.value("period"))
        throw UsageError{"findings: give --report or --period, not both"};
    if (auto f = args.value("report")) q.report_file = *f;
    if (auto p = args.value("period")) {
        if (!is_year_month(*p)) throw UsageError{"--period: expected YYYY-MM, got '" + *p + "'"};
        q.period = *p;
    }
    q.min_severity = severity_from_name(args.choice("min-severity", {"info", "warning", "error"}, "info"));
    q.all_revisions = args.flag("all-revisions");
    return q;
}

}  // namespace

CommandSpec findings_spec() {
    return {"findings",
            "occx findings [OPTIONS]",
            "List the validation findings stored with archived reports",
            {archive_db_option(),
             {"report", 0, true, "FILE", "only the report stored from FILE (its path or base name)"},
             {"period", 0, true, "YYYY-MM", "only reports whose period ends in that month"},
             {"min-severity", 0, true, "LEVEL", "findings from LEVEL up: info (default), warning, error"},
             {"all-revisions", 0, false, "", "findings of every revision, not only the latest"},
             {"format", 'f', true, "FMT", "table (default), csv, json (an array) or jsonl; default from -o's extension"},
             {"output", 'o', true, "FILE", "write to FILE instead of standard output"}}};
}

int run_findings(const Args& args) {
    if (!args.positional().empty()) throw UsageError{"findings takes no FILE (use --report FILE)"};
    const std::string format = output_format(args, {"table", "csv", "json", "jsonl"}, "table");
    FindingQuery query = query_from(args);
    ArchiveStore store = ArchiveStore::open(args.value_or("db", kDefaultArchive), false);
    auto rows = stored_findings(store, query);
    OutputStream output(args);
    std::ostream& out = output.get();
    if (format == "csv") {
        write_csv(rows, out);
    } else if (format == "table") {
        write_table(rows, out);
        write_summary(rows, out);
    } else {
        nlohmann::json all = nlohmann::json::array();
        for (const auto& s : rows) {
            if (format == "jsonl") out << json_of(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
            else all.push_back(json_of(s));
        }
        if (format == "json") out << all.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }
    output.commit();
    return kOk;
}

}  // namespace occx::cli
