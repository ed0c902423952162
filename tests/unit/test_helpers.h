#pragma once
#include "patterns/pattern_pack.h"

// The repository's own pattern pack, as the tests' common fixture.
inline const occx::PatternPack& repo_patterns() {
    return occx::default_pattern_pack(std::string(OCCX_SOURCE_PATTERNS_DIR));
}
