// One measure's panel: its charts (period and year to date), its titles and series, and its
// values as the reports printed them.
#include <functional>

#include "report/html.h"
#include "report/sections.h"
#include "report/time_chart.h"
#include "util/text.h"

namespace occx {

namespace {

using TriplePick = std::function<const Triple&(const Record&)>;

// The council's financial year starts in April, where year-to-date figures restart from
// nothing: the YTD line is cut there rather than drawn plunging to the new year's first value.
constexpr int kFinancialYearStartMonth = 4;

bool starts_financial_year(int month) { return month % 12 + 1 == kFinancialYearStartMonth; }

std::string raw_or_dash(const std::optional<Value>& v) { return v ? v->raw : "\xE2\x80\x93"; }

std::string point_tip(const std::string& month, const Triple& t) {
    std::string tip = month + " actual " + raw_or_dash(t.actual);
    if (t.target) tip += " \xC2\xB7 target " + t.target->raw;
    return tip + " \xC2\xB7 " + status_look(t.status).name;
}

// Actual and target lines of one triple: a run per series, cut where a value is missing.
std::vector<ChartLine> triple_lines(const MeasureHistory& m, const TriplePick& pick, bool year_to_date) {
    ChartLine actual, target;
    target.target = true;
    for (const auto& s : m.series) {
        actual.runs.emplace_back();
        target.runs.emplace_back();
        for (const auto& o : s.observations) {
            auto month = month_index(o.period_end.value_or(""));
            if (!month) continue;
            const Triple& t = pick(o.record);
            if (year_to_date && starts_financial_year(*month))
                for (ChartLine* line : {&actual, &target})
                    if (!line->runs.back().empty()) line->runs.emplace_back();
            for (auto [v, line] : {std::pair{&t.actual, &actual}, std::pair{&t.target, &target}}) {
                if (*v && (*v)->value) line->runs.back().push_back({*month, *(*v)->value, t.status.value_or(""),
                                                                     point_tip(month_text(*month), t)});
                else if (!line->runs.back().empty()) line->runs.emplace_back();
            }
        }
    }
    return {target, actual};
}

// Series breaks (a re-used id) and rewordings within a series, where they happen.
std::vector<ChartRule> title_rules(const MeasureHistory& m) {
    std::vector<ChartRule> out;
    for (const auto& s : m.series) {
        std::string last;
        for (const auto& o : s.observations) {
            auto month = month_index(o.period_end.value_or(""));
            const std::string title = o.record.title.value_or("");
            if (!month || title.empty()) continue;
            if (s.number > 1 && &o == &s.observations.front())
                out.push_back({*month, "series " + std::to_string(s.number), "New series: " + title, true});
            else if (!last.empty() && title != last)
                out.push_back({*month, "T", "Title now: " + title, false});
            last = title;
        }
    }
    return out;
}

const StoredObservation* latest(const MeasureHistory& m) {
    for (auto s = m.series.rbegin(); s != m.series.rend(); ++s)
        if (!s->observations.empty()) return &s->observations.back();
    return nullptr;
}

std::string chart(const MeasureHistory& m, const std::string& caption, const TriplePick& pick, bool year_to_date) {
    TimeChart c;
    c.caption = m.measure_id + " " + caption;
    bool first = true;
    for (const auto& s : m.series)
        for (const auto& o : s.observations)
            if (auto month = month_index(o.period_end.value_or(""))) {
                c.first_month = first ? *month : std::min(c.first_month, *month);
                c.last_month = first ? *month : std::max(c.last_month, *month);
                first = false;
            }
    c.lines = triple_lines(m, pick, year_to_date);
    if (const auto* last = latest(m); last && last->record.unit && trim(*last->record.unit) == "%") c.value_suffix = "%";
    c.rules = title_rules(m);
    return "<figure><figcaption>" + html_escape(caption) + "</figcaption>" + render_time_chart(c) + "</figure>";
}

std::string series_list(const MeasureHistory& m) {
    if (m.series.size() < 2) return "";
    std::string out = "<ol class=\"series\">";
    for (const auto& s : m.series) {
        const std::string from = s.observations.front().period_end.value_or("?").substr(0, 7);
        const std::string to = s.observations.back().period_end.value_or("?").substr(0, 7);
        out += "<li>Series " + std::to_string(s.number) + " (" + from + " \xE2\x80\x93 " + to + "): " +
               html_escape(s.title.empty() ? "(no title)" : s.title) + "</li>";
    }
    return out + "</ol>";
}

std::string source_link(const StoredObservation& o) {
    const auto& pages = o.record.source.pages;
    std::string href = file_href(o.file_name), text = base_name(o.file_name);
    if (!pages.empty()) {
        href += "#page=" + std::to_string(pages.front());
        text += " p." + std::to_string(pages.front());
    }
    return "<a href=\"" + html_escape(href) + "\">" + html_escape(text) + "</a>";
}

std::string value_cells(const Triple& t) {
    return "<td>" + html_escape(raw_or_dash(t.actual)) + "</td><td>" + html_escape(raw_or_dash(t.target)) +
           "</td><td>" + status_cell(t.status) + "</td>";
}

std::string values_table(const MeasureHistory& m) {
    std::string out =
        "<details class=\"values\"><summary>Values as printed</summary><table><thead><tr><th>Period end</th>"
        "<th>Series</th><th>Rev.</th><th>Actual</th><th>Target</th><th>Status</th><th>YTD actual</th>"
        "<th>YTD target</th><th>YTD status</th><th>Source</th></tr></thead><tbody>";
    for (const auto& s : m.series)
        for (const auto& o : s.observations)
            out += "<tr><td>" + html_escape(o.period_end.value_or("\xE2\x80\x93")) + "</td><td>" +
                   std::to_string(s.number) + "</td><td>" + std::to_string(o.revision) +
                   (o.superseded ? "<abbr title=\"a later revision of this report lacks the measure\">*</abbr>" : "") +
                   "</td>" + value_cells(o.record.period) + value_cells(o.record.ytd) + "<td>" + source_link(o) +
                   "</td></tr>";
    return out + "</tbody></table></details>";
}

std::string panel_heading(const MeasureHistory& m, const StoredObservation& last) {
    const Record& r = last.record;
    std::string meta = r.priority_id.empty() ? "" : "Priority " + html_escape(r.priority_id);
    if (r.priority_title) meta += " " + html_escape(*r.priority_title);
    if (r.unit) meta += (meta.empty() ? "" : " \xC2\xB7 ") + std::string("unit ") + html_escape(*r.unit);
    meta += (meta.empty() ? "" : " \xC2\xB7 ") + std::string("latest ") +
            html_escape(last.period_end.value_or("").substr(0, 7)) + ": " + html_escape(raw_or_dash(r.period.actual)) +
            " " + status_cell(r.period.status);
    return "<h3><span class=\"mid\">" + html_escape(m.measure_id) + "</span> " +
           html_escape(r.title.value_or("(no title)")) + "</h3><p class=\"meta\">" + meta + "</p>";
}

}  // namespace

std::string status_cell(const std::optional<std::string>& status) {
    if (!status) return "<span class=\"st-n\">\xE2\x80\x93</span>";
    const StatusLook look = status_look(status);
    return std::string("<span class=\"") + look.css + "\">" + look.glyph + " " + html_escape(*status) + "</span>";
}

std::string measure_panel(const MeasureHistory& m) {
    const StoredObservation* last = latest(m);
    if (!last) return "";
    const std::string filter_text = to_lower_ascii(m.measure_id + " " + last->record.title.value_or(""));
    return "<section class=\"measure\" id=\"m-" + html_escape(m.measure_id) + "\" data-filter=\"" +
           html_escape(filter_text) + "\">" + panel_heading(m, *last) + series_list(m) + "<div class=\"charts\">" +
           chart(m, "Period actual and target", [](const Record& r) -> const Triple& { return r.period; }, false) +
           chart(m, "Year to date", [](const Record& r) -> const Triple& { return r.ytd; }, true) +
           "</div>" +
           values_table(m) + "</section>";
}

}  // namespace occx
