#include "report/history_report.h"

#include <algorithm>
#include <map>

namespace occx {

namespace {

bool wanted_measure(const ReportFilter& f, const std::string& id) {
    return f.measures.empty() || std::find(f.measures.begin(), f.measures.end(), id) != f.measures.end();
}

int to_int(const std::optional<std::string>& s) { return s ? std::stoi(*s) : 0; }
std::optional<int> to_opt_int(const std::optional<std::string>& s) {
    if (!s) return std::nullopt;
    return std::stoi(*s);
}

std::vector<ArchivedReport> load_reports(ArchiveStore& store, const ReportFilter& filter) {
    std::vector<ArchivedReport> out;
    store.database().query(
        "SELECT id, file_name, kind, period_end, revision, pages, ocr_pages, records, ids_seen, ids_extracted"
        " FROM latest_reports ORDER BY period_end, file_name",
        {}, [&](const SqlRow& row) {
            ArchivedReport r;
            r.id = std::stoll(row[0].value_or("0"));
            r.file = row[1].value_or("");
            r.kind = row[2].value_or("");
            r.period_end = row[3].value_or("");
            if (!in_months(filter, r.period_end)) return;
            r.revision = to_int(row[4]);
            r.pages = to_int(row[5]);
            r.ocr_pages = to_int(row[6]);
            r.records = to_int(row[7]);
            r.ids_seen = to_opt_int(row[8]);
            r.ids_extracted = to_opt_int(row[9]);
            out.push_back(std::move(r));
        });
    return out;
}

// Low-confidence counts and warnings, joined onto the reports by id.
void add_doubts(ArchiveStore& store, std::vector<ArchivedReport>& reports) {
    std::map<std::int64_t, ArchivedReport*> by_id;
    for (auto& r : reports) by_id[r.id] = &r;
    store.database().query("SELECT report_id, COUNT(*) FROM observations WHERE confidence < ? GROUP BY report_id",
                           {kLowConfidence}, [&](const SqlRow& row) {
                               auto it = by_id.find(std::stoll(row[0].value_or("0")));
                               if (it != by_id.end()) it->second->low_confidence = to_int(row[1]);
                           });
    store.database().query("SELECT report_id, measure_id, message FROM warnings ORDER BY id", {},
                           [&](const SqlRow& row) {
                               auto it = by_id.find(std::stoll(row[0].value_or("0")));
                               if (it == by_id.end()) return;
                               std::string text = row[1] ? *row[1] + ": " : "";
                               it->second->warnings.push_back(text + row[2].value_or(""));
                           });
}

std::vector<MeasureHistory> load_measures(ArchiveStore& store, const ReportFilter& filter,
                                          const TitleComparer& titles) {
    std::map<std::string, std::vector<StoredObservation>> by_measure;
    auto keep = [&](const StoredObservation& o) {
        if (o.period_end && in_months(filter, *o.period_end)) by_measure[o.record.measure_id].push_back(o);
    };
    ObservationQuery query;
    query.superseded_when_missing = true;  // as occx history shows a measure
    if (filter.measures.empty()) {
        store.for_each_observation(query, keep);
    } else {
        for (const auto& id : filter.measures) {
            query.measure_id = id;
            store.for_each_observation(query, keep);
        }
    }
    std::vector<MeasureHistory> out;
    for (auto& [id, observations] : by_measure)
        if (wanted_measure(filter, id)) out.push_back({id, split_series(observations, titles)});
    return out;
}

std::vector<StoredFinding> load_findings(ArchiveStore& store, const ReportFilter& filter) {
    std::vector<StoredFinding> out;
    for (auto& f : stored_findings(store, {}))
        if (in_months(filter, f.period_end) &&
            (filter.measures.empty() || f.finding.measure_id.empty() || wanted_measure(filter, f.finding.measure_id)))
            out.push_back(std::move(f));
    return out;
}

}  // namespace

bool in_months(const ReportFilter& filter, const std::string& period_end) {
    const std::string month = period_end.substr(0, 7);
    if (!filter.since.empty() && month < filter.since) return false;
    if (!filter.until.empty() && month > filter.until) return false;
    return true;
}

HistoryReport load_history_report(ArchiveStore& store, const ReportFilter& filter, const TitleComparer& titles) {
    HistoryReport out;
    out.archive = store.name();
    out.filter = filter;
    out.reports = load_reports(store, filter);
    add_doubts(store, out.reports);
    out.measures = load_measures(store, filter, titles);
    out.findings = load_findings(store, filter);
    return out;
}

}  // namespace occx
