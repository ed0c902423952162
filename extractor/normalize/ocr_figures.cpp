#include "normalize/ocr_figures.h"

#include <cctype>
#include <cstring>
#include <vector>

#include "normalize/fields.h"
#include "util/text.h"

namespace occx {

namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// A mark after a figure that is no word: OCR's reading of a rule, a speck or a cell's edge.
// Longer tokens may be words ("12 months") and stay.
constexpr size_t kMaxStrayMarkBytes = 3;

// No letter or digit at all: a rule's dashes, a quote, a bar.
bool no_alnum(const std::string& token) {
    for (unsigned char c : token)
        if (c < 0x80 && std::isalnum(c)) return false;
    return token.find("\xC2\xA3") == std::string::npos;  // a pound sign is part of a figure
}

bool is_stray_mark(std::string token) {
    if (has_digit(token)) return false;
    if (no_alnum(token)) return true;
    while (!token.empty() && std::ispunct(static_cast<unsigned char>(token.back()))) token.pop_back();
    return token.size() <= kMaxStrayMarkBytes;
}

// Marks before the figure may only be ones that are no word at all ("— 2.00"); after it, short
// specks too ("1,820.00 eee").
std::string without_stray_marks(const std::string& text) {
    auto tokens = split(text, ' ');
    while (tokens.size() > 1 && is_stray_mark(tokens.back())) tokens.pop_back();
    size_t first = 0;
    while (first + 1 < tokens.size() && !has_digit(tokens[first]) && no_alnum(tokens[first])) ++first;
    tokens.erase(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(first));
    // a quote or a bar glued before the figure is a ruling's corner
    std::string& lead = tokens.front();
    size_t glued = 0;
    while (glued < lead.size() && std::strchr("\"'|`", lead[glued])) ++glued;
    if (glued < lead.size() && is_digit(lead[glued])) lead.erase(0, glued);
    return join(tokens, " ");
}

// Letters between digits, or after digits at the figure's end, read as the digits they look like.
std::string letters_as_digits(std::string s) {
    for (size_t i = 0; i < s.size(); ++i) {
        const char d = id_digit(s[i]);  // the letters an id's digits are misread as, in a figure too
        if (d == s[i]) continue;
        const bool after = i > 0 && (is_digit(s[i - 1]) || s[i - 1] == ',' || s[i - 1] == '.');
        const bool before = i + 1 < s.size() && is_digit(s[i + 1]);
        const bool at_end = i + 1 == s.size() || s[i + 1] == '%' || s[i + 1] == ')';
        if (after && (before || at_end)) s[i] = d;
    }
    // "$" before a digit: the reports count money in pounds, and OCR reads a 5 as "$"
    for (size_t i = 0; i + 1 < s.size(); ++i)
        if (s[i] == '$' && is_digit(s[i + 1])) s[i] = '5';
    return s;
}

// "484. 00" and "3, 080" lose the space after the separator.
std::string close_separator_spaces(std::string s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == ' ' && i > 0 && (s[i - 1] == '.' || s[i - 1] == ',') && i + 1 < s.size() && is_digit(s[i + 1]))
            continue;
        out.push_back(s[i]);
    }
    return out;
}

// The digit groups of a figure's core ("2.400 00" → 2, 400, 00), set again as thousands and
// decimals where the groups say which is which; the core unchanged where they do not.
std::string regroup(const std::string& core) {
    std::vector<std::string> groups(1);
    size_t separators = 0;
    bool spaced = false;
    for (char c : core) {
        if (is_digit(c)) {
            groups.back().push_back(c);
        } else {
            if (groups.back().empty()) return core;  // two separators in a row
            spaced |= c == ' ';
            ++separators;
            groups.emplace_back();
        }
    }
    if (groups.back().empty() || separators == 0 || groups.front().size() > 3) return core;
    if (groups.front().size() > 1 && groups.front()[0] == '0') return core;  // "00 106": no figure starts so
    // one dot or one comma alone is read as printed: "2.023" may be a decimal
    if (separators == 1 && !spaced) return core;
    const std::string& last = groups.back();
    for (size_t i = 1; i + 1 < groups.size(); ++i)
        if (groups[i].size() != 3) return core;
    if (last.size() != 2 && last.size() != 3) return core;
    std::string out = groups.front();
    for (size_t i = 1; i + 1 < groups.size(); ++i) out += "," + groups[i];
    out += (last.size() == 2 ? "." : ",") + last;
    return out;
}

// The figure's core between its wrappers (a sign, £, an opening bracket; %, a closing bracket).
std::string regroup_core(const std::string& s) {
    size_t b = 0, e = s.size();
    while (b < e && !is_digit(s[b])) ++b;
    while (e > b && !is_digit(s[e - 1])) --e;
    if (b >= e) return s;
    return s.substr(0, b) + regroup(s.substr(b, e - b)) + s.substr(e);
}

// A closing bracket at the end with no opening one.
std::string without_unmatched_close(std::string s) {
    while (!s.empty() && (s.back() == ')' || s.back() == ']' || s.back() == '}' || s.back() == '|') &&
           s.find('(') == std::string::npos)
        s.pop_back();
    return trim(s);
}

}  // namespace

std::optional<std::string> repair_ocr_figure(std::string_view text) {
    const std::string read = collapse_whitespace(text);
    if (!has_digit(read)) return std::nullopt;
    std::string s = without_stray_marks(read);
    s = letters_as_digits(s);
    s = close_separator_spaces(s);
    s = without_unmatched_close(s);
    s = regroup_core(s);
    if (s == read || s.empty()) return std::nullopt;
    return s;
}

}  // namespace occx
