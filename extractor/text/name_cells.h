#pragma once
// Director and portfolio-holder names in text that lost its cell boundaries.
#include <optional>
#include <string>
#include <vector>

#include "patterns/pattern_pack.h"

namespace occx::plain {

// Capitalised words without digits, as a name cell holds.
bool looks_like_name(const std::string& text);
bool is_capitalised_word(const std::string& w);
// Drops leading words that cannot start a name ("a Lisa", "The Lisa" → "Lisa"; "Tim Spiers" stays).
std::string name_start(const std::string& text);
// The capitalised words that end text (at most max); *before receives the rest.
std::string trailing_name(const std::string& text, size_t max, std::string* before);
// The surnames (needed of them) on a row's second line; returns the text before them.
std::string take_surnames(const std::string& line, size_t needed, std::vector<std::string>& names,
                          const PatternPack& pack);

// Where a portfolio holder (text.holder) is in a line.
struct HolderMatch {
    size_t begin = 0, end = 0;  // byte range in the line
    bool has_surname = false;
};
std::optional<HolderMatch> find_holder(const std::string& line, const PatternPack& pack);
// The holder as printed, OCR repaired: "ClirT" → "Cllr T".
std::string holder_text(const std::string& line, const HolderMatch& h, const PatternPack& pack);

}  // namespace occx::plain
