#pragma once
// The archive as validation history: the earlier observations of the measures being
// validated, latest revision of each report, only of the same series (same id, a title that
// stays recognisably the same; see archive/series.h).
#include <string>
#include <vector>

#include "archive/archive_store.h"
#include "archive/series.h"
#include "validate/context.h"

namespace occx {

// Which archived reports count as history for a validation.
struct HistoryScope {
    // Observations with period_end up to and including this ISO date (empty: no limit).
    std::string until;
    // Archived reports of these periods are left out: the reports being validated replace them.
    std::vector<std::string> replaced_periods;
    // Every measure, not only those of the validated reports (a Cabinet report names them).
    bool every_measure = false;
};

// The scope for validating `input`: everything up to its latest period, without the periods
// it gives itself; every measure when it holds a Cabinet report.
HistoryScope history_scope_for(const ValidationInput& input);

// The archived reports in scope, as plain reports for ValidationInput::history.
std::vector<ReportRecords> load_history(ArchiveStore& store, const ValidationInput& input,
                                        const HistoryScope& scope, const TitleComparer& titles);

}  // namespace occx
