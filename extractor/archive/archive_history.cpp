#include "archive/archive_history.h"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "model/record_json.h"
#include "validate/cabinet_facts.h"
#include "validate/json_inputs.h"

namespace occx {

namespace {

void widen_until(HistoryScope& s, const OptString& period_end) {
    if (period_end && *period_end > s.until) s.until = *period_end;
}

bool in_scope(const StoredObservation& o, const HistoryScope& s) {
    // An undated observation cannot be placed before or after the validated months.
    if (!o.period_end) return false;
    if (!s.until.empty() && *o.period_end > s.until) return false;
    if (s.from) {
        auto ym = year_month(o.period_end);
        if (ym && month_number(*ym) < month_number(*s.from)) return false;
    }
    return std::find(s.replaced_periods.begin(), s.replaced_periods.end(), *o.period_end) ==
           s.replaced_periods.end();
}

// The title each validated measure shows: the series its history must continue.
std::map<std::string, std::string> validated_titles(const ValidationInput& input) {
    std::map<std::string, std::string> out;
    for (const auto& report : input.reports)
        for (const auto& r : report.records) {
            std::string& title = out[r.measure_id];
            if (title.empty() && r.title) title = *r.title;
        }
    return out;
}

std::string last_title(const Series& s) {
    for (auto it = s.observations.rbegin(); it != s.observations.rend(); ++it)
        if (it->record.title) return *it->record.title;
    return s.title;
}

// One measure's archived observations (period order) cut down to the latest series that the
// validated title continues; none when the id now names another measure.
std::vector<StoredObservation> same_series(const std::vector<StoredObservation>& observations,
                                           const std::string& title, const TitleComparer& titles) {
    auto series = split_series(observations, titles);
    for (auto it = series.rbegin(); it != series.rend(); ++it) {
        const std::string last = last_title(*it);
        if (title.empty() || last.empty() || titles.continues(last, title)) return std::move(it->observations);
    }
    return {};
}

// Observations of many measures back into the reports they came from, in period order.
class ReportGrouper {
public:
    void add(StoredObservation&& o) {
        auto [it, fresh] = index_.emplace(o.report_id, reports_.size());
        if (fresh) reports_.push_back({o.file_name, o.period_end, {}});
        reports_[it->second].records.push_back(std::move(o.record));
    }
    std::vector<ReportRecords> take() {
        std::stable_sort(reports_.begin(), reports_.end(), [](const ReportRecords& a, const ReportRecords& b) {
            return a.period_end.value_or("") < b.period_end.value_or("");
        });
        return std::move(reports_);
    }

private:
    std::map<std::int64_t, size_t> index_;
    std::vector<ReportRecords> reports_;
};

// Every archived observation in scope, by measure id, in period order.
std::map<std::string, std::vector<StoredObservation>> observations_in_scope(
    ArchiveStore& store, const std::map<std::string, std::string>& titles, const HistoryScope& scope) {
    std::map<std::string, std::vector<StoredObservation>> by_measure;
    auto keep = [&](const StoredObservation& o) {
        if (in_scope(o, scope)) by_measure[o.record.measure_id].push_back(o);
    };
    ObservationQuery q;
    q.without_provenance = true;  // validation reads figures and words, not where they were printed
    if (scope.every_measure) {
        store.for_each_observation(q, keep);
        return by_measure;
    }
    // One index range scan per measure: a large archive is never read whole.
    for (const auto& [id, title] : titles) {
        q.measure_id = id;
        store.for_each_observation(q, keep);
    }
    return by_measure;
}

// The earliest month the Cabinet rules read for these covering reports: each one's annex and
// the one before (cabinet_vs_annex), at most kPreviousAnnexMonths back. None when a date
// cannot be read (then no limit).
std::optional<YearMonth> cabinet_lookback(const std::vector<CabinetReport>& cabinets) {
    std::optional<int> earliest;
    for (const auto& c : cabinets) {
        auto ym = year_month(c.report.period_end);
        if (!ym) return std::nullopt;
        const int from = month_number(*ym) - kPreviousAnnexMonths;
        if (!earliest || from < *earliest) earliest = from;
    }
    if (!earliest) return std::nullopt;
    return YearMonth{*earliest / 12, *earliest % 12 + 1};
}

}  // namespace

HistoryScope history_scope_for(const ValidationInput& input) {
    HistoryScope s;
    for (const auto& r : input.reports) {
        widen_until(s, r.period_end);
        if (r.period_end) s.replaced_periods.push_back(*r.period_end);
    }
    for (const auto& c : input.cabinets) {
        widen_until(s, c.report.period_end);
        s.every_measure = true;
    }
    // With measure reports every rule reads their measures' whole history; alone, covering
    // reports need their recent annexes only, and those hold every measure.
    if (input.reports.empty()) s.from = cabinet_lookback(input.cabinets);
    return s;
}

std::vector<ReportRecords> load_history(ArchiveStore& store, const ValidationInput& input,
                                        const HistoryScope& scope, const TitleComparer& titles) {
    const auto validated = validated_titles(input);
    ReportGrouper grouper;
    auto by_measure = observations_in_scope(store, validated, scope);
    // Each measure's observations move into the reports and go: one copy of the history at a time.
    for (auto it = by_measure.begin(); it != by_measure.end(); it = by_measure.erase(it)) {
        auto title = validated.find(it->first);
        // A measure only a Cabinet report names has no title to follow.
        auto kept = title == validated.end() ? std::move(it->second) : same_series(it->second, title->second, titles);
        for (auto& o : kept) grouper.add(std::move(o));
    }
    return grouper.take();
}

namespace {

std::vector<Record> stored_records(ArchiveStore& store, std::int64_t report_id) {
    std::vector<Record> out;
    store.database().query("SELECT record_json FROM observations WHERE report_id = ? ORDER BY id", {report_id},
                           [&](const SqlRow& row) {
                               out.push_back(record_from_json(nlohmann::json::parse(row[0].value_or("null"))));
                           });
    return out;
}

}  // namespace

std::vector<PendingValidation> reports_without_findings(ArchiveStore& store, const std::set<std::int64_t>& skip) {
    std::vector<PendingValidation> out;
    store.database().query(
        "SELECT r.id, r.file_name, r.period_end, r.kind FROM reports r"
        " WHERE NOT EXISTS (SELECT 1 FROM findings f WHERE f.report_id = r.id) ORDER BY r.id",
        {}, [&](const SqlRow& row) {
            PendingValidation p;
            p.id = std::stoll(row[0].value_or("0"));
            if (skip.count(p.id)) return;
            p.file = row[1].value_or("");
            p.period_end = row[2].value_or("");
            p.cabinet = row[3].value_or("") == "cabinet";
            p.from_archive = true;
            out.push_back(std::move(p));
        });
    return out;
}

void load_stored_input(ArchiveStore& store, PendingValidation& p) {
    p.input.reports = group_into_reports(stored_records(store, p.id), p.file);
    p.input.cabinets.clear();  // read again when a conflicting write is retried
    if (!p.cabinet) return;
    auto document = store.database().value("SELECT document_json FROM reports WHERE id = ?", {p.id});
    if (document)
        for (auto& c : read_json_inputs(*document, p.file).cabinets) p.input.cabinets.push_back(std::move(c));
}

}  // namespace occx
