#pragma once
// What the archive holds, as rows for occx list: its measures (with their series and
// titles) and its reports.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "archive/archive_store.h"
#include "archive/series.h"

namespace occx {

struct ArchiveListing {
    std::vector<std::string> columns;
    std::vector<nlohmann::ordered_json> rows;
};

// One row per measure series: measure_id, series, title (its latest), first and last period
// end, observations (latest revisions).
ArchiveListing list_measures(ArchiveStore& store, const TitleComparer& titles);
// One row per report (latest revisions unless all_revisions): period_end, kind, revision,
// file, pages, ocr_pages, records, ids_seen, ids_extracted, warnings, findings.
ArchiveListing list_reports(ArchiveStore& store, bool all_revisions);

}  // namespace occx
