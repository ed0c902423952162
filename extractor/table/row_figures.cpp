#include "table/row_figures.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "table/gutters.h"
#include "table/line_columns.h"
#include "util/text.h"

namespace occx {

namespace {

// A value cell holds a figure, however OCR garbled it ("137 OO"), in this many words at most.
constexpr size_t kMaxFigureWords = 3;
// Prose, not a garbled figure: a word of letters with a run of small ones ("target", "well").
// OCR misreads a figure's digits as capitals and marks ("OO", "UN)") and "n/a" as two or three
// letters ("na", "nad"), seldom as a longer word.
constexpr size_t kMinProseLetters = 4;

}  // namespace

bool reads_as_prose(const std::string& s) {
    if (s.size() < kMinProseLetters) return false;
    size_t run = 0, longest = 0;
    for (unsigned char c : s) {
        if (!std::isalpha(c)) return false;
        run = std::islower(c) ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest >= kMinProseLetters - 1;
}

bool has_prose_word(const std::vector<const Word*>& words) {
    return std::any_of(words.begin(), words.end(), [](const Word* w) { return reads_as_prose(w->text); });
}

bool is_value_column(const Column& c) { return c.key.ends_with("_actual") || c.key.ends_with("_target"); }
bool is_status_column(const Column& c) { return c.key.ends_with("_status"); }

ColumnKind kind_of_column(const Column& c) {
    const std::string& k = c.key;
    if (k.empty()) return ColumnKind::unnamed;
    // a label with no period over it keeps its bare role ("actual"), still a value's column
    if (k == "actual" || k == "target" || is_value_column(c)) return ColumnKind::value;
    if (k == "status" || is_status_column(c)) return ColumnKind::status;
    if (k == "unit" || k == "trend") return ColumnKind::mark;
    return ColumnKind::prose;
}

// OCR's column boundaries on a coarse scan put a figure in a status cell as often as in its own.
std::set<std::string> figure_columns(const Line& line, const Header& header, const std::vector<size_t>& cols) {
    std::map<size_t, size_t> words_in;
    bool digit = false;
    for (size_t i = 0; i < line.words.size(); ++i) {
        if (cols[i] == kNoColumn) continue;
        const Column& col = header.columns[cols[i]];
        if (!is_value_column(col) && !is_status_column(col)) continue;
        if (reads_as_prose(line.words[i]->text)) return {};
        digit = digit || has_digit(line.words[i]->text);
        ++words_in[cols[i]];
    }
    std::set<std::string> keys;
    for (const auto& [col, count] : words_in)
        if (count <= kMaxFigureWords) keys.insert(header.columns[col].key);
    return digit ? keys : std::set<std::string>{};
}

}  // namespace occx
