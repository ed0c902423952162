#include "normalize/fields.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "util/text.h"

namespace occx {

std::string normalise_id_digits(std::string_view digits, size_t width) {
    std::string out;
    for (char c : digits) out.push_back(c == 'O' || c == 'o' ? '0' : c);
    while (out.size() < width) out.insert(out.begin(), '0');
    return out;
}

namespace {

// OCR reads 0 as O, but an id whose every "digit" is a letter (cco.oo) is a word, not an id.
bool has_digit_char(const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

MeasureId make_id(const std::string& priority, const std::string& measure) {
    MeasureId m;
    m.priority_id = "OCC" + normalise_id_digits(priority, 2);
    m.id = m.priority_id + "." + normalise_id_digits(measure, 2);
    return m;
}

}  // namespace

std::optional<MeasureId> leading_measure_id(std::string_view text, const PatternPack& pack,
                                            size_t* consumed) {
    re2::StringPiece input(text.data(), text.size());
    std::string priority, measure;
    size_t lead = 0;
    while (lead < text.size() && (text[lead] == ' ' || text[lead] == '\t')) ++lead;
    input.remove_prefix(lead);
    if (!RE2::Consume(&input, pack.one("ids.measure_id"), &priority, &measure)) return std::nullopt;
    if (!has_digit_char(priority) || !has_digit_char(measure)) return std::nullopt;
    // An id stands alone: "OCC01.025" or "OCC01.02x" is something else.
    if (!input.empty() && std::isalnum(static_cast<unsigned char>(input[0]))) return std::nullopt;
    if (consumed) *consumed = text.size() - input.size();
    return make_id(priority, measure);
}

// An id inside a word ("Acc1.50") is no id: the match must not follow a letter or digit.
std::optional<MeasureId> find_measure_id(std::string_view text, const PatternPack& pack) {
    const RE2& re = pack.one("ids.measure_id");
    const re2::StringPiece input(text.data(), text.size());
    re2::StringPiece groups[3];  // the whole match, the priority digits, the measure digits
    for (size_t from = 0; from < text.size();) {
        if (!re.Match(input, from, text.size(), RE2::UNANCHORED, groups, 3)) break;
        const size_t at = static_cast<size_t>(groups[0].data() - text.data());
        const bool glued = at > 0 && std::isalnum(static_cast<unsigned char>(text[at - 1]));
        const std::string priority(groups[1]), measure(groups[2]);
        if (!glued && has_digit_char(priority) && has_digit_char(measure)) return make_id(priority, measure);
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

std::string normalise_name(std::string_view text, const PatternPack& pack) {
    return pack.apply_rewrites("names.repair", collapse_whitespace(text));
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
