#pragma once
// (occx::plain: helpers of the text-input readers.)
// Tokens of text that lost its cell boundaries: values, statuses and the table rules that
// OCR reads as characters (| [ ] =).
#include <string>
#include <vector>

#include "patterns/pattern_pack.h"

namespace occx::plain {

// A token made only of table-rule characters and punctuation.
bool is_rule_mark(const std::string& tok, const PatternPack& pack);
// A token that parses as a value (number, percent, money, n/a, n/r, malformed), not as words.
bool is_value_token(const std::string& tok, const PatternPack& pack);
// A status reading (n/a, GREEN, ★) that is not a number.
bool is_status_token(const std::string& tok, const PatternPack& pack);
// A page number printed on a line of its own.
bool is_page_number(const std::string& line);

// A line's tokens; two money cells OCR merged into one token are split.
std::vector<std::string> tokens_of(const std::string& line);
// The tokens of a line without its rule marks.
std::vector<std::string> value_tokens(const std::string& line, const PatternPack& pack);
// True when the line holds values and rule marks only.
bool only_values(const std::string& line, const PatternPack& pack);
// Splits the values off the end of a line; line keeps the rest.
std::vector<std::string> take_trailing_values(std::string& line, const PatternPack& pack);
// Splits up to max values off the start of a line; line keeps the rest.
std::vector<std::string> take_leading_values(std::string& line, size_t max, const PatternPack& pack);

// The text with its rule marks removed.
std::string without_rule_marks(const std::string& text, const PatternPack& pack);
// The text split at its rule marks, each part whitespace-collapsed.
std::vector<std::string> split_at_rules(const std::string& text, const PatternPack& pack);

}  // namespace occx::plain
