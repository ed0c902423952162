#include "text/name_cells.h"

#include <algorithm>
#include <cctype>

#include "text/cell_tokens.h"
#include "util/text.h"

namespace occx::plain {

// Words of a name cell: capitalised words, no digits.
bool looks_like_name(const std::string& text) {
    auto words = split(collapse_whitespace(text), ' ');
    if (words.empty() || words.size() > 5) return false;
    bool has_name_word = false;  // initials alone ("N", "TI": a watermark's letters) name nobody
    for (const auto& w : words) {
        if (w.empty() || !std::isupper(static_cast<unsigned char>(w[0]))) return false;
        for (char c : w)
            if (std::isdigit(static_cast<unsigned char>(c))) return false;
        has_name_word = has_name_word || w.size() >= 3;
    }
    return has_name_word;
}

bool is_capitalised_word(const std::string& w) {
    if (w.size() < 2 || !std::isupper(static_cast<unsigned char>(w[0]))) return false;
    return std::all_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '-' || c == '\''; });
}

// Drops leading words that cannot start a name: fragments of the cell before ("a Lisa",
// "s Lisa") and articles ("The Lisa"); a short name ("Tim Spiers", "Jo Bloggs") stays whole.
bool cannot_start_name(const std::string& word) {
    if (word.empty() || !std::isupper(static_cast<unsigned char>(word[0]))) return true;
    return word == "The" || word == "A" || word == "An";
}

std::string name_start(const std::string& text) {
    auto words = split(collapse_whitespace(text), ' ');
    size_t i = 0;
    while (i + 1 < words.size() && cannot_start_name(words[i])) ++i;
    return join(std::vector<std::string>(words.begin() + static_cast<long>(i), words.end()), " ");
}

// The capitalised words that end text (at most max): "s Kate" → "Kate".
std::string trailing_name(const std::string& text, size_t max, std::string* before) {
    auto words = split(collapse_whitespace(text), ' ');
    size_t i = words.size();
    while (i > 0 && words.size() - i < max && is_capitalised_word(words[i - 1])) --i;
    *before = join(std::vector<std::string>(words.begin(), words.begin() + static_cast<long>(i)), " ");
    return join(std::vector<std::string>(words.begin() + static_cast<long>(i), words.end()), " ");
}

// On a row's second line the name columns continue: the surnames of the director and holder,
// right after a rule mark or as a run of capitalised words. Returns the text before them.
std::string take_surnames(const std::string& line, size_t needed, std::vector<std::string>& names,
                          const PatternPack& pack) {
    auto parts = split_at_rules(line, pack);
    if (parts.size() > 1 && is_capitalised_word(split(parts[1] + " ", ' ')[0])) {
        auto words = split(parts[1], ' ');
        for (size_t i = 0; i < words.size() && names.size() < needed && is_capitalised_word(words[i]); ++i)
            names.push_back(words[i]);
        return parts[0];
    }
    auto words = split(collapse_whitespace(line), ' ');
    for (size_t i = 0; i < words.size(); ++i) {
        size_t j = i;
        while (j < words.size() && is_capitalised_word(words[j])) ++j;
        if (j - i >= needed && needed > 0) {
            // A run that starts the line begins with the title's words; elsewhere it starts with the names.
            size_t from = i == 0 ? j - needed : i;
            names.assign(words.begin() + static_cast<long>(from), words.begin() + static_cast<long>(from + needed));
            return join(std::vector<std::string>(words.begin(), words.begin() + static_cast<long>(from)), " ");
        }
        i = j;
    }
    return collapse_whitespace(line);
}

std::optional<HolderMatch> find_holder(const std::string& line, const PatternPack& pack) {
    re2::StringPiece groups[3];
    if (!pack.one("text.holder").Match(line, 0, line.size(), RE2::UNANCHORED, groups, 3)) return std::nullopt;
    HolderMatch h;
    h.begin = static_cast<size_t>(groups[0].data() - line.data());
    h.end = h.begin + groups[0].size();
    h.has_surname = !groups[2].empty();
    return h;
}

// "ClIr A Gant", "ClirT" → "Cllr A Gant", "Cllr T": the holder in its printed form, OCR repaired.
std::string holder_text(const std::string& line, const HolderMatch& h, const PatternPack& pack) {
    std::string initial, surname;
    std::string text = line.substr(h.begin, h.end - h.begin);
    RE2::PartialMatch(text, pack.one("text.holder"), &initial, &surname);
    std::string out = starts_with_ci(text, "Councillor") ? "Councillor " + initial : "Cllr " + initial;
    if (!surname.empty()) out += " " + surname;
    return out;
}

}  // namespace occx::plain
