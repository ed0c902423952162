#pragma once
#include "patterns/pattern_pack.h"
#include "pipeline/context.h"

// The tests' common fixture: a context with the repository's own pattern pack, made once for
// the test binary (loading the pack costs more than most tests).
inline occx::Context& repo_context() {
    static occx::Context context{std::string(OCCX_SOURCE_PATTERNS_DIR)};
    return context;
}

inline const occx::PatternPack& repo_patterns() { return repo_context().patterns(); }
