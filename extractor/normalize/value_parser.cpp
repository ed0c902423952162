#include "normalize/value_parser.h"

#include <cstdlib>

#include "util/text.h"

namespace occx {

namespace {

// "−" (U+2212) as a plain minus, so strtod understands it.
std::string ascii_minus(std::string s) {
    for (size_t pos; (pos = s.find("\xE2\x88\x92")) != std::string::npos;) s.replace(pos, 3, "-");
    return s;
}

std::optional<double> parse_plain_number(const std::string& text, const PatternPack& pack) {
    std::string t = ascii_minus(trim(text));
    if (!pack.full_matches_any("values.number", t)) return std::nullopt;
    std::string digits;
    for (char c : t)
        if (c != ',') digits.push_back(c);
    return std::strtod(digits.c_str(), nullptr);
}

// A number possibly wrapped in parentheses (which mean negative): (1.4), (-1.4).
std::optional<double> parse_signed_number(const std::string& text, const PatternPack& pack) {
    std::string inside;
    if (RE2::FullMatch(text, pack.one("values.negative_parens"), &inside)) {
        auto v = parse_plain_number(inside, pack);
        if (!v) return std::nullopt;
        return *v > 0 ? -*v : *v;
    }
    return parse_plain_number(text, pack);
}

struct Parsed {
    std::optional<double> value;
    ValueKind kind;
};

Parsed parse_numeric(const std::string& text, const PatternPack& pack) {
    std::string sign, rest;
    if (RE2::FullMatch(text, pack.one("values.money"), &sign, &rest)) {
        auto v = parse_signed_number(trim(rest), pack);
        if (v && !sign.empty()) *v = -*v;
        return {v, ValueKind::money};
    }
    if (RE2::FullMatch(text, pack.one("values.percent"), &rest))
        return {parse_signed_number(trim(rest), pack), ValueKind::percent};
    return {parse_signed_number(text, pack), ValueKind::number};
}

}  // namespace

std::optional<Value> parse_value(std::string_view cell, const PatternPack& pack,
                                 std::vector<std::string>* warnings, std::string_view what) {
    Value v;
    v.raw = pack.apply_rewrites("values.marker_repair", collapse_whitespace(cell));
    if (v.raw.empty()) return std::nullopt;
    if (pack.full_matches_any("values.not_applicable", v.raw)) {
        v.kind = ValueKind::not_applicable;
        return v;
    }
    if (pack.full_matches_any("values.not_reported", v.raw)) {
        v.kind = ValueKind::not_reported;
        return v;
    }
    std::string cleaned = pack.apply_rewrites("values.border_junk", v.raw);
    Parsed p = parse_numeric(cleaned, pack);
    if (p.value) {
        v.value = p.value;
        v.kind = p.kind;
        return v;
    }
    if (pack.full_matches_any("values.numeric_looking", cleaned) ||
        (p.kind == ValueKind::money && cleaned.find_first_of("0123456789") != std::string::npos)) {
        v.kind = ValueKind::malformed;
        if (warnings)
            warnings->push_back(std::string(what) + " '" + v.raw + "' looks numeric but does not parse");
        return v;
    }
    v.kind = ValueKind::text;
    return v;
}

}  // namespace occx
