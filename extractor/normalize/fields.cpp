#include "normalize/fields.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "util/text.h"

namespace occx {

std::string normalise_id_digits(std::string_view digits, size_t width) {
    std::string out;
    for (char c : digits) out.push_back(id_digit(c));
    while (out.size() < width) out.insert(out.begin(), '0');
    return out;
}

namespace {

MeasureId make_id(std::string_view priority, std::string_view measure) {
    MeasureId m;
    m.priority_id = "OCC" + normalise_id_digits(priority, 2);
    m.id = m.priority_id + "." + normalise_id_digits(measure, 2);
    return m;
}

// groups: the whole match, the priority digits, the measure digits, all within text.
// Each part needs a real digit; the priority's may be its leading zero read as the letter O,
// whether the pattern took it as the O of "OCC0" or not ("OCC0B.04", "OCCOS.05", "Occos 01").
std::optional<MeasureId> id_of_match(std::string_view text, const re2::StringPiece* groups) {
    const std::string_view priority(groups[1].data(), groups[1].size());
    const std::string_view measure(groups[2].data(), groups[2].size());
    const size_t at = static_cast<size_t>(priority.data() - text.data());
    const bool zero_before = at > 0 && id_digit(text[at - 1]) == '0';
    const bool leading_zero = priority.size() == 2 && id_digit(priority[0]) == '0';
    // OCR reads 0 as O, but an id whose every "digit" is a letter (cco.oo) is a word, not an id.
    if (!has_digit(measure) || !(has_digit(priority) || zero_before || leading_zero)) return std::nullopt;
    return make_id(priority, measure);
}

// Characters that may stand glued before an id (is_stray_id_prefix).
constexpr size_t kMaxStrayIdPrefix = 2;

// The k-th character before an id may be a watermark's capital, or the first a speck OCR read
// as a digit, set against the id's leading O ("9OCC10.05").
bool is_stray_id_prefix(std::string_view text, size_t lead, size_t k) {
    const unsigned char c = static_cast<unsigned char>(text[lead + k - 1]);
    if (std::isupper(c)) return true;
    const char next = text[lead + k];
    return k == 1 && std::isdigit(c) && (next == 'O' || next == 'o' || next == '0');
}

// Where text starts after its leading spaces and tabs.
size_t after_blanks(std::string_view text) {
    size_t lead = 0;
    while (lead < text.size() && (text[lead] == ' ' || text[lead] == '\t')) ++lead;
    return lead;
}

bool alnum_at(std::string_view text, size_t i) {
    return i < text.size() && std::isalnum(static_cast<unsigned char>(text[i]));
}

// An id at the start of text, by one pattern; it must stand alone ("OCC01.025" is no id).
std::optional<MeasureId> leading_id_by(const RE2& re, std::string_view text, size_t lead, size_t* consumed) {
    const re2::StringPiece input(text.data(), text.size());
    re2::StringPiece groups[3];
    if (!re.Match(input, lead, text.size(), RE2::ANCHOR_START, groups, 3)) return std::nullopt;
    const size_t end = static_cast<size_t>(groups[2].data() + groups[2].size() - text.data());
    if (alnum_at(text, end)) return std::nullopt;
    auto id = id_of_match(text, groups);
    if (id) id->as_printed = text.substr(lead, end - lead) == id->id;
    if (id && consumed) *consumed = end;
    return id;
}

}  // namespace

char id_digit(char c) {
    switch (c) {
        case 'O': case 'o': return '0';
        case 'B': return '8';
        case 'S': case 's': return '5';
        case 'I': case 'l': return '1';
        default: return c;
    }
}

std::optional<MeasureId> leading_measure_id(std::string_view text, const PatternPack& pack,
                                            size_t* consumed) {
    const size_t lead = after_blanks(text);
    if (auto id = leading_id_by(pack.one("ids.measure_id"), text, lead, consumed)) return id;
    // a watermark's letters that a converter laying text out in character cells set against the
    // id, with no room between them ("DROCC11.15")
    for (size_t k = 1; k <= kMaxStrayIdPrefix && lead + k < text.size() && is_stray_id_prefix(text, lead, k); ++k)
        if (auto id = leading_id_by(pack.one("ids.measure_id"), text, lead + k, consumed)) return id;
    for (const char* key : {"ids.measure_id_split", "ids.measure_id_garbled"})
        if (pack.has(key))
            if (auto id = leading_id_by(pack.one(key), text, lead, consumed)) return id;
    return std::nullopt;
}

std::optional<MeasureId> leading_spaced_measure_id(std::string_view text, const PatternPack& pack, size_t* consumed) {
    if (!pack.has("ids.measure_id_spaced")) return std::nullopt;
    const size_t lead = after_blanks(text);
    return leading_id_by(pack.one("ids.measure_id_spaced"), text, lead, consumed);
}

std::optional<std::string> unreadable_leading_id(std::string_view text, const PatternPack& pack) {
    if (!pack.has("ids.id_like") || leading_measure_id(text, pack)) return std::nullopt;
    re2::StringPiece match[1];
    if (!pack.one("ids.id_like").Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::UNANCHORED,
                                       match, 1))
        return std::nullopt;
    return collapse_whitespace(std::string_view(match[0].data(), match[0].size()));
}

// An id inside a word ("Acc1.50") is no id: the match must not follow a letter or digit.
std::optional<MeasureId> find_measure_id(std::string_view text, const PatternPack& pack) {
    const RE2& re = pack.one("ids.measure_id");
    const re2::StringPiece input(text.data(), text.size());
    re2::StringPiece groups[3];  // the whole match, the priority digits, the measure digits
    for (size_t from = 0; from < text.size();) {
        if (!re.Match(input, from, text.size(), RE2::UNANCHORED, groups, 3)) break;
        const size_t at = static_cast<size_t>(groups[0].data() - text.data());
        if (at == 0 || !alnum_at(text, at - 1))
            if (auto id = id_of_match(text, groups)) return id;
        from = at + 1;
    }
    return std::nullopt;
}

std::optional<std::string> parse_status(std::string_view text, const PatternPack& pack) {
    std::string t = collapse_whitespace(text);
    if (t.empty()) return std::nullopt;
    static const std::array<std::pair<const char*, const char*>, 5> kinds = {{
        {"status.green", "GREEN"}, {"status.amber", "AMBER"}, {"status.red", "RED"},
        {"status.na", "NA"}, {"status.nr", "NR"}}};
    for (const auto& [key, name] : kinds)
        if (pack.full_matches_any(key, t)) return std::string(name);
    return std::nullopt;
}

namespace {

// A status cell holds a word or a mark; more words than this are another column's text that
// ran into it (a comment, a figure and its label), not a status amid specks.
constexpr size_t kMaxStatusCellWords = 3;

bool is_edge_noise(unsigned char c) { return c < 0x80 && !std::isalnum(c) && c != '*'; }

// A word with the specks and quotes OCR sets around it taken off: "[AMBER]" → "AMBER".
std::string_view without_edge_marks(std::string_view w) {
    static const std::array<std::string_view, 4> quotes = {"‘", "’", "“", "”"};
    for (bool cut = true; cut && !w.empty();) {
        cut = false;
        if (is_edge_noise(static_cast<unsigned char>(w.front()))) w.remove_prefix(1), cut = true;
        else if (!w.empty() && is_edge_noise(static_cast<unsigned char>(w.back()))) w.remove_suffix(1), cut = true;
        for (auto q : quotes) {
            if (w.starts_with(q)) w.remove_prefix(q.size()), cut = true;
            if (w.ends_with(q)) w.remove_suffix(q.size()), cut = true;
        }
    }
    return w;
}

bool is_lone_letter(std::string_view w) { return w.size() == 1 && std::isalpha(static_cast<unsigned char>(w[0])); }

}  // namespace

std::optional<std::string> status_amid_noise(std::string_view text, const PatternPack& pack, bool by_ocr) {
    const auto words = split(collapse_whitespace(text), ' ');
    if (words.empty() || words.size() > kMaxStatusCellWords) return std::nullopt;
    const bool misreads = by_ocr && pack.has("ocr.status_misread");
    std::optional<std::string> found;
    for (const auto& word : words) {
        std::string w(without_edge_marks(word));
        if (w.empty() || is_lone_letter(w)) continue;
        if (misreads)
            if (auto marker = pack.classify("ocr.status_misread", w)) w = *marker;
        auto s = parse_status(w, pack);
        if (!s) continue;
        if (found && *found != *s) return std::nullopt;
        found = s;
    }
    return found;
}

namespace {

// A lone capital letter or a dash: what a watermark's letters or a cell's rule leave beside a
// name, never its last word (an initial comes before the surname).
bool is_stray_at_end(const std::string& word) {
    if (word.size() == 1) return std::isupper(static_cast<unsigned char>(word[0])) != 0 || word[0] == '-';
    return word == "\u2013" || word == "\u2014";
}

// The name without the strays after its last word, when a name of two words or more is left
// ("Cllr A" keeps its initial: its surname is missing, not stray).
std::string without_trailing_strays(const std::string& name) {
    std::vector<std::string> words = split(name, ' ');
    size_t end = words.size();
    while (end > 0 && is_stray_at_end(words[end - 1])) --end;
    if (end == words.size() || end < 2 || words[end - 1].size() < 2) return name;
    words.resize(end);
    return join(words, " ");
}

}  // namespace

std::string normalise_name(std::string_view text, const PatternPack& pack) {
    return without_trailing_strays(pack.apply_rewrites("names.repair", collapse_whitespace(text)));
}

int month_number(std::string_view month) {
    static const std::array<const char*, 12> names = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                      "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    std::string m = to_upper_ascii(trim(month));
    if (m.empty()) return 0;
    if (std::isdigit(static_cast<unsigned char>(m[0]))) {
        int n = std::atoi(m.c_str());
        return n >= 1 && n <= 12 ? n : 0;
    }
    for (size_t i = 0; i < names.size(); ++i)
        if (m.rfind(names[i], 0) == 0) return static_cast<int>(i + 1);
    return 0;
}

namespace {

int days_in_month(int year, int month) {
    static const std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

std::string format_date(int year, int month, int day) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

}  // namespace

std::optional<std::string> iso_date(int day, std::string_view month, int year) {
    int m = month_number(month);
    if (m == 0 || year < 1900 || year > 2200 || day < 1 || day > days_in_month(year, m))
        return std::nullopt;
    return format_date(year, m, day);
}

std::string last_day_of_month(int year, int month) {
    return format_date(year, month, days_in_month(year, month));
}

}  // namespace occx
