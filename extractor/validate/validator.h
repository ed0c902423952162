#pragma once
// Runs every rule over the reports, Cabinet covering reports and history of a validation.
#include <string>
#include <vector>

#include "validate/context.h"

namespace occx {

struct RuleEntry {
    const char* name;     // the file in rules/, for --help and docs
    RuleFn run;
};

const std::vector<RuleEntry>& all_rules();

// Every finding of every rule, sorted by file, measure and rule.
Findings validate(const ValidationInput& input, const PatternPack& patterns);

bool has_errors(const Findings& findings);

}  // namespace occx
