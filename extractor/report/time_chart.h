#pragma once
// A line chart over months as inline SVG: actual values as points shaped and coloured by
// status, joined within a run; targets as a dashed line; vertical rules where a series
// breaks or a title changes.
#include <string>
#include <vector>

namespace occx {

struct ChartPoint {
    int month = 0;       // month_index()
    double value = 0;
    std::string status;  // as printed; drawn by status_look()
    std::string tip;     // the tooltip: the value as printed
};

struct ChartLine {
    std::vector<std::vector<ChartPoint>> runs;  // each run is joined; gaps between runs
    bool target = false;
};

struct ChartRule {
    int month = 0;
    std::string label;  // short text at the top of the rule
    std::string tip;    // the full text (a title)
    bool series_break = false;  // a heavier rule than a mere title change
};

struct TimeChart {
    std::string caption;  // for screen readers and the chart's heading
    int first_month = 0, last_month = 0;
    std::string value_suffix;  // after each value label: "%" for a percentage measure
    std::vector<ChartLine> lines;
    std::vector<ChartRule> rules;
};

// The chart as an <svg> element; a note instead when no line has a point.
std::string render_time_chart(const TimeChart& chart);

}  // namespace occx
