#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace occx {

// Collapses runs of whitespace (including NBSP) into one space and trims both ends.
std::string collapse_whitespace(std::string_view s);
std::string trim(std::string_view s);
std::string to_upper_ascii(std::string_view s);
std::string to_lower_ascii(std::string_view s);
std::vector<std::string> split(std::string_view s, char sep);
bool starts_with_ci(std::string_view s, std::string_view prefix);
// True when s holds an ASCII digit.
bool has_digit(std::string_view s);
// True when s holds an ASCII letter or digit.
bool has_letter_or_digit(std::string_view s);
// True when s is a dash alone: a hyphen, an en dash or an em dash.
bool is_dash(std::string_view s);
// Characters, not bytes: the UTF-8 code points in s.
size_t utf8_length(std::string_view s);
// Appends one code point as UTF-8 (nothing for a value past U+10FFFF).
void append_utf8(std::string& out, char32_t c);
// Levenshtein distance in bytes: insertions, deletions and substitutions turning a into b.
size_t edit_distance(std::string_view a, std::string_view b);
// Joins non-empty parts with sep.
std::string join(const std::vector<std::string>& parts, std::string_view sep);
std::string read_file(const std::string& path);
std::string sha256_hex(std::string_view bytes);
std::string base_name(const std::string& path);
// The current time in UTC, formatted by strftime (e.g. "%Y-%m-%dT%H:%M:%SZ").
std::string utc_now(const char* format);

}  // namespace occx
