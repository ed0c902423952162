#pragma once
// What code expects of a pattern pack beyond each entry compiling: keys that code reads as a
// single pattern (PatternPack::one) appear once, with the capture groups code takes from
// them; a pattern file holds at least one entry. A pack that breaks these would load and then
// quietly extract nothing.
#include <string>
#include <vector>

#include "patterns/pattern_pack.h"

namespace occx {

struct SingleKeyRule {
    std::string key;  // "<file stem>.<key>"
    int groups;       // capture groups the code reads
};

const std::vector<SingleKeyRule>& single_key_rules();

// Throws occx::Error "FILE:LINE: ..." at the first entry that breaks a rule.
void check_pack_rules(const PatternPack& pack);

}  // namespace occx
