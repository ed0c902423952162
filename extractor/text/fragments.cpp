#include "text/fragments.h"

#include <cctype>

#include "util/text.h"

namespace occx::plain {

namespace {

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

std::vector<std::string> words_of(std::string_view s) {
    std::vector<std::string> out;
    std::string w;
    for (char c : s) {
        if (is_word_char(c)) {
            w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        } else if (!w.empty()) {
            out.push_back(w);
            w.clear();
        }
    }
    if (!w.empty()) out.push_back(w);
    return out;
}

std::string last_word(std::string_view s) {
    size_t e = s.size();
    size_t b = e;
    while (b > 0 && is_word_char(s[b - 1])) --b;
    return to_lower_ascii(s.substr(b, e - b));
}

std::string first_word(std::string_view s) {
    size_t e = 0;
    while (e < s.size() && is_word_char(s[e])) ++e;
    return to_lower_ascii(s.substr(0, e));
}

enum class Cut { none, join, join_dropping_last };

// Whether the boundary between left and right cuts one word in two. Converters sometimes
// repeat a stray character at the cut ("mor|nth" for "month"): then the last one is dropped.
Cut cut_at(const std::string& left, const std::string& right, const Vocabulary& v) {
    if (left.empty() || right.empty() || !is_word_char(left.back()) || !is_word_char(right.front()))
        return Cut::none;
    std::string l = last_word(left), r = first_word(right);
    if (v.has(l + r)) return Cut::join;
    if (v.has(l) && v.has(r)) return Cut::none;
    if (l.size() > 1 && v.has(l.substr(0, l.size() - 1) + r)) return Cut::join_dropping_last;
    // A piece that is no word of the document, continued in lower case or digits.
    bool right_continues = std::islower(static_cast<unsigned char>(right.front())) ||
                           std::isdigit(static_cast<unsigned char>(right.front()));
    if (!right_continues) return Cut::none;
    // Two pieces that are no words of the document, or a short piece that is none beside one that is.
    if (!v.has(l) && !v.has(r)) return Cut::join;
    const std::string& unknown = v.has(l) ? r : l;
    return unknown.size() <= 3 ? Cut::join : Cut::none;
}

}  // namespace

void Vocabulary::learn(const std::vector<std::string>& lines) {
    for (const auto& line : lines) {
        bool tabbed = line.find('\t') != std::string::npos;
        for (const auto& cell : split(line, '\t')) {
            auto ws = words_of(cell);
            for (size_t i = 0; i < ws.size(); ++i) {
                bool at_edge = tabbed && (i == 0 || i + 1 == ws.size());
                if (!at_edge) words_.insert(ws[i]);
            }
        }
    }
}

bool Vocabulary::has(std::string_view word) const {
    return !word.empty() && words_.count(to_lower_ascii(word)) > 0;
}

std::string join_fragments(const std::vector<std::string>& cells, const Vocabulary& vocabulary) {
    std::string out;
    for (const auto& c : cells) {
        std::string cell = collapse_whitespace(c);
        if (cell.empty()) continue;
        if (!out.empty()) {
            Cut cut = cut_at(out, cell, vocabulary);
            if (cut == Cut::none) out.push_back(' ');
            if (cut == Cut::join_dropping_last) out.pop_back();
        }
        out += cell;
    }
    return out;
}

}  // namespace occx::plain
