#pragma once
// The archive as validation history: the earlier observations of the measures being
// validated, latest revision of each report, only of the same series (same id, a title that
// stays recognisably the same; see archive/series.h).
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "archive/archive_store.h"
#include "archive/series.h"
#include "validate/context.h"
#include "validate/facts.h"

namespace occx {

// Which archived reports count as history for a validation.
struct HistoryScope {
    // Observations with period_end up to and including this ISO date (empty: no limit).
    std::string until;
    // Archived reports of these periods are left out: the reports being validated replace them.
    std::vector<std::string> replaced_periods;
    // Every measure, not only those of the validated reports (a Cabinet report names them).
    bool every_measure = false;
    // Observations of months before this one are left out (unset: no limit; an undated or
    // unreadable date is kept).
    std::optional<YearMonth> from;
};

// The scope for validating `input`: everything up to its latest period, without the periods
// it gives itself; every measure when it holds a Cabinet report. Covering reports alone go back
// only as far as the Cabinet rules look (validate/cabinet_facts.h): what they read is the same
// however many months and measures the archive holds.
HistoryScope history_scope_for(const ValidationInput& input);

// The archived reports in scope, as plain reports for ValidationInput::history.
std::vector<ReportRecords> load_history(ArchiveStore& store, const ValidationInput& input,
                                        const HistoryScope& scope, const TitleComparer& titles);

// A stored report waiting for validation: one stored in this backfill run, or one an
// interrupted run stored without findings.
struct PendingValidation {
    std::int64_t id = 0;
    std::string file;
    std::string period_end;  // "" sorts first
    bool cabinet = false;    // a covering report comes after the annex of its month
    bool from_archive = false;  // input is read from the archive when its turn comes
    ValidationInput input;
};

// Every stored report that has no findings at all (their inputs not read yet: memory stays
// flat however many there are). Validation gives nearly every report a finding
// (polarity-coverage at least), so these are the ones never validated, or whose history changed.
// Reports in `skip` are left out.
std::vector<PendingValidation> reports_without_findings(ArchiveStore& store, const std::set<std::int64_t>& skip);
// Reads a pending report's input back from the archive: records from its observations, a
// covering report from its document.
void load_stored_input(ArchiveStore& store, PendingValidation& pending);

}  // namespace occx
