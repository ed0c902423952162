#pragma once
#include <optional>
#include <string>

namespace occx {

enum class ValueKind { number, percent, money, text, not_applicable, not_reported, malformed };

const char* kind_name(ValueKind k);
std::optional<ValueKind> kind_from_name(const std::string& name);

// A cell's value as printed and as understood.
struct Value {
    std::string raw;               // as printed, whitespace collapsed
    std::optional<double> value;   // the number it denotes, when it parses cleanly
    ValueKind kind = ValueKind::text;
};

}  // namespace occx
