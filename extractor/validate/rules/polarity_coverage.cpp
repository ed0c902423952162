// Rule polarity-coverage: one info line per report saying for how many of its measures
// validation knew which way is better, and from what (docs/validation.md, "Polarity").
// Without a direction, a status cannot be checked against its numbers.
#include "validate/direction.h"
#include "validate/rules/rules.h"

namespace occx::rules {

void polarity_coverage(const ValidationContext& ctx, Findings& out) {
    DirectionFinder directions(ctx);
    for (const auto& report : ctx.input.reports) {
        DirectionCoverage c = direction_coverage(report, directions);
        if (c.measures == 0) continue;
        Finding f;
        f.severity = Severity::info;
        f.rule = "polarity-coverage";
        f.file = report.file;
        f.message = coverage_text(c);
        out.push_back(std::move(f));
    }
}

}  // namespace occx::rules
