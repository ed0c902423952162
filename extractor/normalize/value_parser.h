#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/value.h"
#include "patterns/pattern_pack.h"

namespace occx {

// Parses a cell's text into a value object per the record schema. Empty text gives nullopt.
// A value that looks numeric but does not parse cleanly is kept raw as kind malformed,
// with a warning appended to warnings.
std::optional<Value> parse_value(std::string_view cell, const PatternPack& pack,
                                 std::vector<std::string>* warnings = nullptr,
                                 std::string_view what = "value");

}  // namespace occx
