#pragma once
// What every harness shares: the input as a string_view, and the rule that occx::Error is an
// answer (a bad input named in one line), while anything else escaping is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "util/error.h"

namespace occx::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// Runs f; occx::Error (and so NotAReport) is the expected answer to a bad input.
template <typename F>
int run(F&& f) {
    try {
        f();
    } catch (const occx::Error&) {
    }
    return 0;
}

}  // namespace occx::fuzz
