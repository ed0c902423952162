#include "archive/stored_findings.h"

#include <algorithm>
#include <tuple>

#include "util/text.h"

namespace occx {

namespace {

// A report's later revision replaces it (same kind, same period end).
const char* const kLatestReports =
    " AND NOT EXISTS (SELECT 1 FROM reports later WHERE later.kind = r.kind"
    " AND later.period_end = r.period_end AND later.revision > r.revision)";

bool file_matches(const std::string& stored, const std::string& wanted) {
    return stored == wanted || base_name(stored) == base_name(wanted);
}

bool period_matches(const std::string& period_end, const std::string& month) {
    return period_end.rfind(month, 0) == 0;  // "2024-11-30" starts with "2024-11"
}

StoredFinding finding_from_row(const SqlRow& row) {
    StoredFinding s;
    Finding& f = s.finding;
    f.severity = severity_from_name(row[0].value_or("info"));
    f.rule = row[1].value_or("");
    f.measure_id = row[2].value_or("");
    if (row[3]) f.pages.push_back(std::stoi(*row[3]));
    f.message = row[4].value_or("");
    f.file = row[5].value_or("");
    s.period_end = row[6].value_or("");
    s.revision = row[7] ? std::stoi(*row[7]) : 0;
    return s;
}

}  // namespace

std::vector<StoredFinding> stored_findings(ArchiveStore& store, const FindingQuery& query) {
    std::string sql =
        "SELECT f.severity, f.rule, f.measure_id, f.page, f.message, r.file_name, r.period_end, r.revision"
        " FROM findings f JOIN reports r ON r.id = f.report_id WHERE 1 = 1";
    if (!query.all_revisions) sql += kLatestReports;
    std::vector<StoredFinding> out;
    store.database().query(sql, {}, [&](const SqlRow& row) {
        StoredFinding s = finding_from_row(row);
        if (s.finding.severity < query.min_severity) return;
        if (query.report_file && !file_matches(s.finding.file, *query.report_file)) return;
        if (query.period && !period_matches(s.period_end, *query.period)) return;
        out.push_back(std::move(s));
    });
    std::stable_sort(out.begin(), out.end(), [](const StoredFinding& a, const StoredFinding& b) {
        return std::tie(a.period_end, a.finding.file, a.finding.measure_id, a.finding.rule) <
               std::tie(b.period_end, b.finding.file, b.finding.measure_id, b.finding.rule);
    });
    return out;
}

}  // namespace occx
