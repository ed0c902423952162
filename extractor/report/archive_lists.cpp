#include "report/archive_lists.h"

#include <map>

namespace occx {

namespace {

nlohmann::ordered_json integer_or_null(const std::optional<std::string>& s) {
    return s ? nlohmann::ordered_json(std::stoll(*s)) : nlohmann::ordered_json();
}

std::string latest_title(const Series& s) {
    for (auto it = s.observations.rbegin(); it != s.observations.rend(); ++it)
        if (it->record.title) return *it->record.title;
    return s.title;
}

}  // namespace

ArchiveListing list_measures(ArchiveStore& store, const TitleComparer& titles) {
    std::map<std::string, std::vector<StoredObservation>> by_measure;
    ObservationQuery query;
    query.superseded_when_missing = true;  // as occx history counts them
    store.for_each_observation(query, [&](const StoredObservation& o) { by_measure[o.record.measure_id].push_back(o); });
    ArchiveListing out{{"measure_id", "series", "title", "first_period_end", "last_period_end", "observations"}, {}};
    for (const auto& [id, observations] : by_measure)
        for (const auto& s : split_series(observations, titles)) {
            nlohmann::ordered_json row;
            row["measure_id"] = id;
            row["series"] = s.number;
            row["title"] = latest_title(s);
            row["first_period_end"] = s.observations.front().period_end.value_or("");
            row["last_period_end"] = s.observations.back().period_end.value_or("");
            row["observations"] = s.observations.size();
            out.rows.push_back(std::move(row));
        }
    return out;
}

ArchiveListing list_reports(ArchiveStore& store, bool all_revisions) {
    ArchiveListing out{{"period_end", "kind", "revision", "report_file", "pages", "ocr_pages", "records", "ids_seen",
                        "ids_extracted", "warnings", "findings"},
                       {}};
    const std::string sql =
        std::string("SELECT r.period_end, r.kind, r.revision, r.file_name, r.pages, r.ocr_pages, r.records,"
                    " r.ids_seen, r.ids_extracted,"
                    " (SELECT COUNT(*) FROM warnings w WHERE w.report_id = r.id),"
                    " (SELECT COUNT(*) FROM findings f WHERE f.report_id = r.id) FROM ") +
        (all_revisions ? "reports" : "latest_reports") + " r ORDER BY r.period_end, r.kind, r.revision, r.file_name";
    store.database().query(sql, {}, [&](const SqlRow& row) {
        nlohmann::ordered_json j;
        j["period_end"] = row[0] ? nlohmann::ordered_json(*row[0]) : nlohmann::ordered_json();
        j["kind"] = row[1].value_or("");
        j["revision"] = integer_or_null(row[2]);
        j["report_file"] = row[3].value_or("");
        for (size_t i = 4; i < out.columns.size(); ++i) j[out.columns[i]] = integer_or_null(row[i]);
        out.rows.push_back(std::move(j));
    });
    return out;
}

}  // namespace occx
