#include "normalize/report_meta.h"

#include <cstdlib>

#include "normalize/fields.h"
#include "util/text.h"

namespace occx {

ReportPeriod find_report_period(std::string_view text, const PatternPack& pack) {
    ReportPeriod p;
    std::string d1, m1, y1, d2, m2, y2;
    if (RE2::PartialMatch(text, pack.one("report.date_range"), &d1, &m1, &y1, &d2, &m2, &y2)) {
        p.period_start = iso_date(std::atoi(d1.c_str()), m1, std::atoi(y1.c_str()));
        p.period_end = iso_date(std::atoi(d2.c_str()), m2, std::atoi(y2.c_str()));
        if (p.period_end) return p;
    }
    for (const char* key : {"report.status_date", "report.dated_line"}) {
        if (!RE2::PartialMatch(text, pack.one(key), &d1, &m1, &y1)) continue;
        p.period_end = iso_date(std::atoi(d1.c_str()), m1, std::atoi(y1.c_str()));
        if (p.period_end) return p;
    }
    if (RE2::PartialMatch(text, pack.one("report.report_month"), &m1, &y1)) {
        int month = month_number(m1);
        if (month) p.period_end = last_day_of_month(std::atoi(y1.c_str()), month);
    }
    return p;
}

std::optional<PriorityBanner> parse_priority_banner(std::string_view line, const PatternPack& pack) {
    std::string collapsed = collapse_whitespace(line);
    if (leading_measure_id(collapsed, pack)) return std::nullopt;
    std::string digits, title;
    if (!RE2::FullMatch(line, pack.one("report.priority_banner"), &digits, &title))
        return std::nullopt;
    PriorityBanner b;
    b.priority_id = "OCC" + normalise_id_digits(digits, 2);
    b.title = collapse_whitespace(title);
    if (b.title.empty()) return std::nullopt;
    return b;
}

}  // namespace occx
