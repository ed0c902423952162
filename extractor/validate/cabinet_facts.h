#pragma once
// What the Cabinet rules share: the annex rows a covering report speaks about, and findings
// about a covering report.
#include <optional>
#include <string>
#include <vector>

#include "model/cabinet.h"
#include "validate/context.h"

namespace occx {

// A record's status for the month: the period status, else the YTD status.
OptString month_status(const Record& r);
// How many months before its own previous_annex looks for the month before: an annex may be
// bi-monthly, or a month's missing, and older than a quarter is no longer "the month before".
// History for a covering report alone need go no further back (archive/archive_history.h).
constexpr int kPreviousAnnexMonths = 3;

// The annex report of the cabinet's period, and the latest earlier one within
// kPreviousAnnexMonths.
const ReportRecords* annex_for(const ValidationContext& ctx, const CabinetReport& c);
const ReportRecords* previous_annex(const ValidationContext& ctx, const CabinetReport& c);
const Record* annex_row(const ReportRecords* annex, const std::string& measure_id);

// The Table 1 row that counts everything: the one named Total, else the only row.
const RagCounts* table1_total(const CabinetReport& c);
// True when a measure is in a priority Table 1 may leave out (validate.cabinet_optional_priority).
bool optional_priority(const std::string& measure_id, const PatternPack& patterns);

Finding finding_about_cabinet(const CabinetReport& c, Severity s, std::string rule,
                              std::string measure_id, std::string message);
// "OCC10.02, OCC10.03"
std::string id_list(const std::vector<std::string>& ids);

}  // namespace occx
