#pragma once
// What `occx report` shows, read from the archive: the latest revision of each report, each
// measure's observations split into series, the warnings and validation findings stored with
// them. Rendering (report/html_page.h) only reads this.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "archive/archive_store.h"
#include "archive/series.h"
#include "archive/stored_findings.h"

namespace occx {

// A record this unsure needs a look: the record builders take 0.1 off per warning and 0.2
// for a missing title, so below 0.7 means three doubts, or a missing title and two more.
inline constexpr double kLowConfidence = 0.7;

struct ReportFilter {
    std::vector<std::string> measures;  // measure ids (upper case); all when empty
    std::string since, until;           // "YYYY-MM", inclusive; "" for no limit
};

// One archived report (its latest revision) and what its extraction left doubtful.
struct ArchivedReport {
    std::int64_t id = 0;
    std::string file, kind, period_end;
    int revision = 0, pages = 0, ocr_pages = 0, records = 0;
    std::optional<int> ids_seen, ids_extracted;  // unknown for reports stored before schema 5
    int low_confidence = 0;                      // records below kLowConfidence
    std::vector<std::string> warnings;           // "OCC01.02: message" or the message alone
};

struct MeasureHistory {
    std::string measure_id;
    std::vector<Series> series;  // observations in period order, split where the title changes
};

struct HistoryReport {
    std::string archive;  // where it was read from, for the page's header
    ReportFilter filter;
    std::vector<ArchivedReport> reports;     // period order
    std::vector<MeasureHistory> measures;    // by measure id
    std::vector<StoredFinding> findings;     // period order, then file, measure, rule
};

// True when a period end ("2024-07-31") falls within the filter's months.
bool in_months(const ReportFilter& filter, const std::string& period_end);

HistoryReport load_history_report(ArchiveStore& store, const ReportFilter& filter, const TitleComparer& titles);

}  // namespace occx
