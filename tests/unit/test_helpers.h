#pragma once
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "model/extraction.h"
#include "patterns/pattern_pack.h"
#include "pipeline/context.h"

// The tests' common fixture: a context with the repository's own pattern pack, made once for
// the test binary (loading the pack costs more than most tests).
inline occx::Context& repo_context() {
    static occx::Context context{std::string(OCCX_SOURCE_PATTERNS_DIR)};
    return context;
}

inline const occx::PatternPack& repo_patterns() { return repo_context().patterns(); }

// The record for one measure id; the test fails when there is none.
inline const occx::Record& record(const occx::ExtractResult& r, const std::string& id) {
    for (const auto& rec : r.records)
        if (rec.measure_id == id) return rec;
    FAIL("no record " << id);
    throw;
}

inline std::string raw(const std::optional<occx::Value>& v) { return v ? v->raw : "(null)"; }
