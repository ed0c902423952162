#include "validate/facts.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>

#include "util/text.h"

namespace occx {

std::optional<double> number_of(const std::optional<Value>& v) {
    if (!v || !v->value) return std::nullopt;
    if (v->kind != ValueKind::number && v->kind != ValueKind::percent && v->kind != ValueKind::money)
        return std::nullopt;
    return v->value;
}

std::string format_number(double x) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", std::fabs(x));
    std::string digits(buf);
    auto dot = digits.find('.');
    std::string whole = digits.substr(0, dot), grouped;
    for (size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) grouped += ',';
        grouped += whole[i];
    }
    return (x < 0 && std::fabs(x) >= 0.005 ? "-" : "") + grouped + digits.substr(dot);
}

bool is_rag(const OptString& s) { return s && (*s == "GREEN" || *s == "AMBER" || *s == "RED"); }

bool is_unrated(const OptString& s) { return s && (*s == "NA" || *s == "NR"); }

std::vector<std::string> sentences(const std::string& text) {
    std::vector<std::string> out;
    std::string cur;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool ends = c == '\n' || ((c == '.' || c == '!' || c == '?' || c == ';') &&
                                        (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n'));
        if (c != '\n') cur += c;
        if (ends) {
            if (!trim(cur).empty()) out.push_back(trim(cur));
            cur.clear();
        }
    }
    if (!trim(cur).empty()) out.push_back(trim(cur));
    return out;
}

std::vector<NamedTriple> triples_of(const Record& r) { return {{"period", &r.period}, {"YTD", &r.ytd}}; }

std::set<std::string> title_words(const std::string& title) {
    std::set<std::string> words;
    std::string word;
    for (char c : to_lower_ascii(title) + " ") {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            word += c;
        } else {
            if (word.size() > 2) words.insert(word);
            word.clear();
        }
    }
    return words;
}

bool same_title(const std::string& a, const std::string& b) {
    auto wa = title_words(a), wb = title_words(b);
    if (wa.empty() || wb.empty()) return true;
    size_t shared = 0;
    for (const auto& w : wa) shared += wb.count(w);
    // Half of the shorter title's words: OCR losses and reworded tails still match.
    return 2 * shared >= std::min(wa.size(), wb.size());
}

bool same_measure(const Record& a, const Record& b) {
    if (a.measure_id != b.measure_id) return false;
    return !a.title || !b.title || same_title(*a.title, *b.title);
}

const Record* find_measure(const ReportRecords& report, const Record& like) {
    for (const auto& r : report.records)
        if (same_measure(r, like)) return &r;
    return nullptr;
}

std::vector<const Record*> rows_elsewhere(const std::vector<const ReportRecords*>& reports,
                                          const Record& like) {
    std::vector<const Record*> out;
    for (const auto* rep : reports)
        if (const Record* r = find_measure(*rep, like)) out.push_back(r);
    return out;
}

std::optional<YearMonth> year_month(const OptString& iso) {
    int y = 0, m = 0, d = 0;
    if (!iso || std::sscanf(iso->c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return std::nullopt;
    if (m < 1 || m > 12) return std::nullopt;
    return YearMonth{y, m};
}

int financial_year(YearMonth ym) { return ym.month >= 4 ? ym.year : ym.year - 1; }

int month_number(YearMonth ym) { return ym.year * 12 + ym.month - 1; }

const char* month_name(int month) {
    static const char* names[] = {"January", "February", "March",     "April",   "May",      "June",
                                  "July",    "August",   "September", "October", "November", "December"};
    return month >= 1 && month <= 12 ? names[month - 1] : "?";
}

std::string year_month_text(YearMonth ym) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d", ym.year, ym.month);
    return buf;
}

Finding finding_about(const Record& r, Severity severity, std::string rule, std::string message) {
    return Finding{severity, std::move(rule), r.measure_id, r.source.file, r.source.pages,
                   std::move(message)};
}

}  // namespace occx
