#include "validate/validator.h"

#include <algorithm>

#include "validate/rules/rules.h"

namespace occx {

const std::vector<RuleEntry>& all_rules() {
    static const std::vector<RuleEntry> rules = {
        {"status_vs_numbers", rules::status_vs_numbers},
        {"values", rules::values},
        {"comment_month", rules::comment_month},
        {"comment_status", rules::comment_status},
        {"duplicates", rules::duplicates},
        {"across_months", rules::across_months},
        {"cabinet_counts", rules::cabinet_counts},
        {"cabinet_vs_annex", rules::cabinet_vs_annex},
        {"polarity_coverage", rules::polarity_coverage},
    };
    return rules;
}

Findings validate(const ValidationInput& input, const PatternPack& patterns) {
    ValidationContext ctx{input, patterns};
    Findings findings;
    for (const auto& rule : all_rules()) rule.run(ctx, findings);
    sort_findings(findings);
    return findings;
}

bool has_errors(const Findings& findings) {
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity == Severity::error; });
}

}  // namespace occx
