#pragma once
// Reading back what validation found in archived reports (the findings table).
#include <optional>
#include <string>
#include <vector>

#include "archive/archive_store.h"
#include "validate/finding.h"

namespace occx {

struct StoredFinding {
    Finding finding;  // file is the report's file name; pages holds the first page, when known
    std::string period_end;  // of the report ("" when unknown)
    int revision = 0;
};

struct FindingQuery {
    std::optional<std::string> report_file;   // a file name, or only its base name
    std::optional<std::string> period;        // "YYYY-MM": reports whose period ends in that month
    Severity min_severity = Severity::info;
    bool all_revisions = false;               // default: only each period's latest revision
};

// Findings in period order, then file, measure and rule.
std::vector<StoredFinding> stored_findings(ArchiveStore& store, const FindingQuery& query);

}  // namespace occx
