// Rules across months of one financial year (April to March), from the other reports given
// and the history: ytd-falls and ytd-sum for measures that behave cumulatively, and
// target-changed. Each finding is reported on the later report of the pair, so validating
// several months together reports each problem once.
#include <algorithm>
#include <cmath>

#include "validate/facts.h"
#include "validate/rules/rules.h"

namespace occx::rules {

namespace {

struct Point {
    YearMonth ym;
    const Record* r;
    std::optional<double> period() const { return number_of(r->period.actual); }
    std::optional<double> ytd() const { return number_of(r->ytd.actual); }
    std::string when() const { return year_month_text(ym); }
};

// The measure's rows in the financial year of `self`, one per month, in month order.
std::vector<Point> year_series(const ValidationContext& ctx, const Record& self, YearMonth at) {
    std::vector<Point> points;
    for (const auto* rep : ctx.all_reports()) {
        auto ym = year_month(rep->period_end);
        if (!ym || financial_year(*ym) != financial_year(at)) continue;
        const Record* r = find_measure(*rep, self);
        if (!r) continue;
        if (std::none_of(points.begin(), points.end(), [&](const Point& p) { return p.ym == *ym; }))
            points.push_back({*ym, r});
    }
    std::sort(points.begin(), points.end(),
              [](const Point& a, const Point& b) { return month_number(a.ym) < month_number(b.ym); });
    return points;
}

bool close(double a, double b) { return std::fabs(a - b) <= std::max(1.0, 0.001 * std::fabs(b)); }

int month_of_year(YearMonth ym) { return (ym.month + 8) % 12 + 1; }  // April = 1

// What YTD should be from the month before: previous YTD plus this period (April: the period).
std::optional<double> expected_ytd(const Point* prev, const Point& cur) {
    auto period = cur.period();
    if (!period) return std::nullopt;
    if (month_of_year(cur.ym) == 1) return *period;
    if (!prev || month_number(cur.ym) - month_number(prev->ym) != 1 || !prev->ytd()) return std::nullopt;
    return *prev->ytd() + *period;
}

struct Behaviour {
    bool cumulative = false;           // established: YTD >= period and the sums agree mostly
    std::optional<Point> looked_cumulative;  // a month whose YTD is well above its period
};

Behaviour behaviour(const std::vector<Point>& s) {
    Behaviour b;
    bool ytd_at_least_period = true;
    int agree = 0, disagree = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        auto period = s[i].period(), ytd = s[i].ytd();
        if (!period || !ytd) continue;
        if (*ytd + 1e-9 < *period) ytd_at_least_period = false;
        // A running total: after April, YTD well above the month (a month of 0 counts too).
        if (!b.looked_cumulative && month_of_year(s[i].ym) >= 2 && *period >= 0 && *ytd > 0 &&
            *ytd >= 1.5 * *period)
            b.looked_cumulative = s[i];
        // Only months where a running total and a snapshot (YTD = the month) differ tell them
        // apart: April, or a previous YTD within rounding of zero, agree with both.
        auto want = expected_ytd(i ? &s[i - 1] : nullptr, s[i]);
        if (want && !close(*want, *period)) (close(*ytd, *want) ? agree : disagree)++;
    }
    b.cumulative = ytd_at_least_period && agree >= 2 && agree > disagree;
    return b;
}

std::string fy_text(YearMonth ym) {
    int fy = financial_year(ym);
    return std::to_string(fy) + "/" + std::to_string((fy + 1) % 100);
}

void check_ytd_falls(const Point& prev, const Point& cur, const Behaviour& b, Findings& out) {
    auto was = prev.ytd(), now = cur.ytd();
    if (!was || !now || *now >= *was || close(*now, *was)) return;
    std::string msg = "YTD actual fell from " + prev.r->ytd.actual->raw + " (" + prev.when() + ") to " +
                      cur.r->ytd.actual->raw + " (" + cur.when() + ") within the financial year " +
                      fy_text(cur.ym);
    if (b.cumulative) {
        out.push_back(finding_about(*cur.r, Severity::error, "ytd-falls",
                                    msg + ", though the measure is cumulative (YTD = previous YTD + period in other months)"));
    } else if (b.looked_cumulative) {
        const Point& c = *b.looked_cumulative;
        out.push_back(finding_about(*cur.r, Severity::warning, "ytd-falls",
                                    msg + "; in " + c.when() + " it looked cumulative (YTD " +
                                        c.r->ytd.actual->raw + " vs period " + c.r->period.actual->raw + ")"));
    }
}

void check_ytd_sum(const Point* prev, const Point& cur, const Behaviour& b, Findings& out) {
    auto want = expected_ytd(prev, cur);
    auto ytd = cur.ytd();
    if (!b.cumulative || !want || !ytd || close(*ytd, *want)) return;
    std::string how = month_of_year(cur.ym) == 1
                          ? "the period actual " + cur.r->period.actual->raw + " (April starts the year)"
                          : "previous YTD " + prev->r->ytd.actual->raw + " (" + prev->when() + ") + period " +
                                cur.r->period.actual->raw + " = " + format_number(*want);
    out.push_back(finding_about(*cur.r, Severity::error, "ytd-sum",
                                "YTD actual " + cur.r->ytd.actual->raw + " is not " + how +
                                    ", though the measure is cumulative in other months"));
}

void check_ytd_target(const Point& prev, const Point& cur, const Behaviour& b, Findings& out) {
    auto was = number_of(prev.r->ytd.target), now = number_of(cur.r->ytd.target);
    if (!was || !now || *was == *now) return;
    const bool grows = b.cumulative || b.looked_cumulative;
    if (grows && *now > *was) return;  // a cumulative target rises through the year
    std::string why;
    if (b.cumulative) why = ", though the measure is cumulative";
    else if (b.looked_cumulative) why = ", though it looked cumulative in " + b.looked_cumulative->when();
    out.push_back(finding_about(*cur.r, Severity::warning, "target-changed",
                                std::string("YTD target ") + (grows ? "fell" : "changed") + " from " +
                                    prev.r->ytd.target->raw + " (" + prev.when() + ") to " +
                                    cur.r->ytd.target->raw + " (" + cur.when() + ") within the financial year " +
                                    fy_text(cur.ym) + why));
}

// A period target that stayed the same in every earlier month (two or more) and now differs.
void check_period_target(const std::vector<Point>& earlier, const Point& cur, Findings& out) {
    if (earlier.size() < 2) return;
    auto now = number_of(cur.r->period.target);
    auto first = number_of(earlier.front().r->period.target);
    if (!now || !first || *now == *first) return;
    for (const auto& p : earlier) {
        auto t = number_of(p.r->period.target);
        if (!t || *t != *first) return;
    }
    out.push_back(finding_about(*cur.r, Severity::warning, "target-changed",
                                "period target " + cur.r->period.target->raw + " (" + cur.when() +
                                    ") differs from the " + earlier.front().r->period.target->raw +
                                    " of every earlier month of the financial year (" +
                                    earlier.front().when() + " to " + earlier.back().when() + ")"));
}

void check_record(const ValidationContext& ctx, const Record& r, YearMonth at, Findings& out) {
    auto series = year_series(ctx, r, at);
    auto cur = std::find_if(series.begin(), series.end(), [&](const Point& p) { return p.ym == at; });
    if (cur == series.end() || cur->r != &r) return;  // another copy of this month speaks for it
    Behaviour b = behaviour(series);
    const Point* prev = cur == series.begin() ? nullptr : &*(cur - 1);
    check_ytd_sum(prev, *cur, b, out);
    if (!prev) return;
    check_ytd_falls(*prev, *cur, b, out);
    check_ytd_target(*prev, *cur, b, out);
    check_period_target(std::vector<Point>(series.begin(), cur), *cur, out);
}

}  // namespace

void across_months(const ValidationContext& ctx, Findings& out) {
    for (const auto& report : ctx.input.reports) {
        auto at = year_month(report.period_end);
        if (!at) continue;
        for (const auto& r : report.records) check_record(ctx, r, *at, out);
    }
}

}  // namespace occx::rules
