#include "report/time_chart.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "report/html.h"

namespace occx {

namespace {

// The drawing area in SVG units; the SVG scales to the panel's width.
constexpr double kWidth = 640, kHeight = 190;
constexpr double kLeft = 58, kRight = 26, kTop = 22, kBottom = 22;
// About this many value gridlines: enough to read a value, few enough to stay quiet.
constexpr int kValueTicks = 4;
// At most about this many month labels: "2024-07" needs some 45 of the chart's 640 units.
constexpr int kMonthLabels = 8;
// A range that starts this close to zero (as a share of its top) is drawn from zero, so
// that bars of counts keep their proportions; others zoom in on where the values move.
constexpr double kZeroBaseShare = 0.35;

struct Range {
    double lo = 0, hi = 1;
};

Range value_range(const TimeChart& c) {
    double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
    for (const auto& line : c.lines)
        for (const auto& run : line.runs)
            for (const auto& p : run) lo = std::min(lo, p.value), hi = std::max(hi, p.value);
    if (lo > hi) return {};
    if (lo >= 0 && lo <= kZeroBaseShare * hi) lo = 0;
    if (hi == lo) {
        const double pad = hi == 0 ? 1 : std::fabs(hi) * 0.1;
        return {lo - pad, hi + pad};
    }
    return {lo, hi};
}

// 1, 2 or 5 times a power of ten: the step of round gridlines over the range.
double nice_step(double span) {
    const double raw = span / kValueTicks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0})
        if (raw <= m * power) return m * power;
    return 10 * power;
}

class Plot {
public:
    explicit Plot(const TimeChart& c) : c_(c) {
        Range r = value_range(c);
        step_ = nice_step(r.hi - r.lo);
        lo_ = std::floor(r.lo / step_) * step_;
        hi_ = std::ceil(r.hi / step_) * step_;
        first_ = c.first_month;
        last_ = std::max(c.last_month, c.first_month + 1);  // one month still gets a width
    }
    double x(int month) const { return kLeft + (month - first_) * (kWidth - kLeft - kRight) / (last_ - first_); }
    double y(double v) const { return kTop + (hi_ - v) * (kHeight - kTop - kBottom) / (hi_ - lo_); }

    std::string value_grid() const {
        std::string out;
        for (double v = lo_; v <= hi_ + step_ / 2; v += step_) {
            const std::string yy = svg_number(y(v));
            out += "<line class=\"grid\" x1=\"" + svg_number(kLeft) + "\" x2=\"" + svg_number(kWidth - kRight) +
                   "\" y1=\"" + yy + "\" y2=\"" + yy + "\"/><text class=\"ylab\" x=\"" + svg_number(kLeft - 6) +
                   "\" y=\"" + yy + "\">" + axis_number(std::fabs(v) < step_ / 1e6 ? 0 : v) + html_escape(c_.value_suffix) + "</text>";
        }
        return out;
    }

    // A label at each January, or every few months when the chart spans under two years.
    std::string month_axis() const {
        std::string out;
        const bool monthly = last_ - first_ < 24;
        const int every = std::max(1, (last_ - first_ + kMonthLabels) / kMonthLabels);
        for (int m = first_; m <= last_; ++m) {
            if (monthly ? (m - first_) % every != 0 : m % 12 != 0) continue;
            const std::string xx = svg_number(x(m));
            out += "<line class=\"tick\" x1=\"" + xx + "\" x2=\"" + xx + "\" y1=\"" + svg_number(kHeight - kBottom) +
                   "\" y2=\"" + svg_number(kHeight - kBottom + 4) + "\"/><text class=\"xlab\" x=\"" + xx +
                   "\" y=\"" + svg_number(kHeight - 4) + "\">" +
                   (monthly ? month_text(m) : std::to_string(m / 12)) + "</text>";
        }
        return out;
    }

    std::string path(const std::vector<ChartPoint>& run) const {
        std::string d;
        for (const auto& p : run) d += (d.empty() ? "M" : "L") + svg_number(x(p.month)) + "," + svg_number(y(p.value));
        return d;
    }

    std::string line(const ChartLine& l) const {
        std::string out;
        for (const auto& run : l.runs) {
            if (run.empty()) continue;
            if (l.target && run.size() == 1) {  // a lone target: a short dash where it stands
                const double xx = x(run[0].month), yy = y(run[0].value);
                out += "<path class=\"target\" d=\"M" + svg_number(xx - 6) + "," + svg_number(yy) + "H" +
                       svg_number(xx + 6) + "\"><title>" + html_escape(run[0].tip) + "</title></path>";
                continue;
            }
            if (run.size() > 1)
                out += std::string("<path class=\"") + (l.target ? "target" : "actual") + "\" d=\"" + path(run) + "\"/>";
            if (!l.target)
                for (const auto& p : run)
                    out += std::string("<use href=\"#") + status_look(p.status).symbol + "\" x=\"" +
                           svg_number(x(p.month)) + "\" y=\"" + svg_number(y(p.value)) + "\"><title>" +
                           html_escape(p.tip) + "</title></use>";
        }
        return out;
    }

    std::string rules() const {
        std::string out;
        for (const auto& r : c_.rules) {
            const std::string xx = svg_number(x(r.month) - (kWidth - kLeft - kRight) / (last_ - first_) / 2);
            out += std::string("<g class=\"") + (r.series_break ? "break" : "retitle") + "\"><title>" +
                   html_escape(r.tip) + "</title><line x1=\"" + xx + "\" x2=\"" + xx + "\" y1=\"" +
                   svg_number(kTop - 4) + "\" y2=\"" + svg_number(kHeight - kBottom) + "\"/><text x=\"" + xx +
                   "\" y=\"" + svg_number(kTop - 8) + "\">" + html_escape(r.label) + "</text></g>";
        }
        return out;
    }

private:
    const TimeChart& c_;
    double lo_ = 0, hi_ = 1, step_ = 1;
    int first_ = 0, last_ = 1;
};

bool has_points(const TimeChart& c) {
    for (const auto& l : c.lines)
        for (const auto& run : l.runs)
            if (!run.empty()) return true;
    return false;
}

}  // namespace

std::string render_time_chart(const TimeChart& c) {
    if (!has_points(c))
        return "<p class=\"nochart\">" + html_escape(c.caption) + ": no numeric values to draw.</p>";
    Plot plot(c);
    std::string out = "<svg class=\"chart\" viewBox=\"0 0 " + svg_number(kWidth) + " " + svg_number(kHeight) +
                      "\" role=\"img\" aria-label=\"" + html_escape(c.caption) + "\">";
    out += plot.value_grid() + plot.month_axis() + plot.rules();
    for (const auto& l : c.lines)
        if (l.target) out += plot.line(l);  // targets first: the actual points stay on top
    for (const auto& l : c.lines)
        if (!l.target) out += plot.line(l);
    return out + "</svg>";
}

}  // namespace occx
