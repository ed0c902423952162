#pragma once
// What every rule sees: the reports and Cabinet covering reports being validated, and the
// history (earlier reports, e.g. from the archive) that serves only as evidence.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/cabinet.h"
#include "patterns/pattern_pack.h"
#include "validate/finding.h"
#include "validate/polarity.h"
#include "validate/report_set.h"

namespace occx {

struct ValidationInput {
    std::vector<ReportRecords> reports;   // validated: findings are reported on these
    std::vector<CabinetReport> cabinets;  // validated against the reports and history
    std::vector<ReportRecords> history;   // evidence only: never reported on
};

// What the wording of a title or a comment says about a measure's direction, read once per
// text: every rule asks it of every row of the history, and an archive repeats the same texts.
struct WordingMemo {
    std::unordered_map<std::string, std::optional<Polarity>> title, counted, stated;
};

struct ValidationContext {
    const ValidationInput& input;
    const PatternPack& patterns;
    mutable WordingMemo wording{};

    // Every report other than `self`, validated or history: the evidence from other months.
    std::vector<const ReportRecords*> others(const ReportRecords& self) const;
    // Every report, validated or history.
    std::vector<const ReportRecords*> all_reports() const;
};

using Findings = std::vector<Finding>;

// The common signature of a rule.
using RuleFn = void (*)(const ValidationContext&, Findings&);

}  // namespace occx
