// The overview: RAG counts over time, then each report period (newest first) with its counts
// per priority, what changed since the period before, and its exceptions.
#include <array>
#include <map>

#include "report/html.h"
#include "report/sections.h"
#include "util/text.h"

namespace occx {

namespace {

// An exception's commentary is cut to this many bytes: enough to say why, short enough to
// keep sixty periods of exceptions readable (the panel's table keeps the figures).
constexpr size_t kExcerptBytes = 220;

// Status order everywhere: GREEN, AMBER, RED, none.
using Counts = std::array<int, 4>;

int status_slot(const std::optional<std::string>& status) {
    const std::string name = status_look(status).name;
    return name == "GREEN" ? 0 : name == "AMBER" ? 1 : name == "RED" ? 2 : 3;
}

const std::array<const char*, 4> kSlotNames = {"GREEN", "AMBER", "RED", "NA/NR/none"};
const std::array<const char*, 4> kSlotFill = {"fG", "fA", "fR", "fN"};
const std::array<std::optional<std::string>, 4> kSlotStatus = {std::string("GREEN"), std::string("AMBER"),
                                                               std::string("RED"), std::nullopt};

struct PeriodEntry {
    const StoredObservation* observation;
    int series;
};

// Each period's observations by measure id (the latest revision of each report).
using Periods = std::map<std::string, std::map<std::string, PeriodEntry>>;

Periods group_by_period(const HistoryReport& report) {
    Periods out;
    for (const auto& m : report.measures)
        for (const auto& s : m.series)
            for (const auto& o : s.observations)
                if (o.period_end) out[o.period_end->substr(0, 7)][m.measure_id] = {&o, s.number};
    return out;
}

Counts count(const std::map<std::string, PeriodEntry>& measures) {
    Counts c{};
    for (const auto& [id, e] : measures) ++c[status_slot(e.observation->record.period.status)];
    return c;
}

std::string rag_over_time(const Periods& periods) {
    constexpr double kWidth = 640, kHeight = 150, kLeft = 36, kTop = 8, kBottom = 20;
    int most = 1;
    for (const auto& [month, measures] : periods) most = std::max(most, static_cast<int>(measures.size()));
    const double slot = (kWidth - kLeft) / static_cast<double>(std::max<size_t>(periods.size(), 1));
    const double scale = (kHeight - kTop - kBottom) / most;
    std::string out = "<svg class=\"chart rag\" viewBox=\"0 0 640 150\" role=\"img\" aria-label=\"Statuses per period\">";
    out += "<text class=\"ylab\" x=\"30\" y=\"" + svg_number(kHeight - kBottom) + "\">0</text><text class=\"ylab\" x=\"30\" y=\"" +
           svg_number(kTop + 4) + "\">" + std::to_string(most) + "</text>";
    size_t i = 0;
    for (const auto& [month, measures] : periods) {
        const Counts c = count(measures);
        const double x = kLeft + slot * static_cast<double>(i++);
        double y = kHeight - kBottom;
        std::string tip = month;
        for (size_t k = 0; k < c.size(); ++k) tip += " \xC2\xB7 " + std::to_string(c[k]) + " " + kSlotNames[k];
        out += "<g><title>" + html_escape(tip) + "</title>";
        for (size_t k = 0; k < c.size(); ++k) {
            if (c[k] == 0) continue;
            y -= c[k] * scale;
            out += std::string("<rect class=\"") + kSlotFill[k] + "\" x=\"" + svg_number(x + slot * 0.1) + "\" y=\"" +
                   svg_number(y) + "\" width=\"" + svg_number(slot * 0.8) + "\" height=\"" + svg_number(c[k] * scale) + "\"/>";
        }
        out += "</g>";
        const bool yearly = periods.size() >= 24;
        if (yearly ? month.compare(5, 2, "01") == 0 : (i - 1) % ((periods.size() + 7) / 8) == 0)
            out += "<text class=\"xlab\" x=\"" + svg_number(x + slot / 2) + "\" y=\"" + svg_number(kHeight - 5) + "\">" +
                   (yearly ? month.substr(0, 4) : month) + "</text>";
    }
    return out + "</svg>";
}

std::string counts_cells(const Counts& c) {
    std::string out;
    for (int n : c) out += "<td class=\"num\">" + std::to_string(n) + "</td>";
    int total = c[0] + c[1] + c[2] + c[3];
    out += "<td><span class=\"bar\">";
    for (size_t k = 0; k < c.size(); ++k)
        if (c[k]) out += std::string("<i class=\"") + kSlotFill[k] + "\" style=\"width:" +
                         svg_number(100.0 * c[k] / total) + "%\"></i>";
    return out + "</span></td>";
}

std::string priority_table(const std::map<std::string, PeriodEntry>& measures) {
    std::map<std::string, std::pair<std::string, Counts>> by_priority;  // id → title, counts
    for (const auto& [id, e] : measures) {
        const Record& r = e.observation->record;
        auto& [title, counts] = by_priority[r.priority_id.empty() ? "\xE2\x80\x93" : r.priority_id];
        if (title.empty() && r.priority_title) title = *r.priority_title;
        ++counts[status_slot(r.period.status)];
    }
    std::string out = "<table class=\"rag\"><thead><tr><th>Priority</th>";
    for (size_t k = 0; k < kSlotStatus.size(); ++k)
        out += std::string("<th><span class=\"") + status_look(kSlotStatus[k]).css + "\">" +
               status_look(kSlotStatus[k]).glyph + " " + kSlotNames[k] + "</span></th>";
    out += "<th>Share</th></tr></thead><tbody>";
    for (const auto& [id, tc] : by_priority)
        out += "<tr><td>" + html_escape(id) + " " + html_escape(tc.first) + "</td>" + counts_cells(tc.second) + "</tr>";
    return out + "<tr class=\"total\"><td>All measures</td>" + counts_cells(count(measures)) + "</tr></tbody></table>";
}

std::string measure_link(const std::string& id, const Record& r) {
    return "<a href=\"#m-" + html_escape(id) + "\">" + html_escape(id) + "</a> " + html_escape(r.title.value_or(""));
}

std::string changes(const std::map<std::string, PeriodEntry>& now, const std::map<std::string, PeriodEntry>& before) {
    std::string out;
    for (const auto& [id, e] : now) {
        const Record& r = e.observation->record;
        auto was = before.find(id);
        if (was == before.end()) {
            out += "<li>" + measure_link(id, r) + ": new, " + status_cell(r.period.status) + "</li>";
        } else if (status_look(was->second.observation->record.period.status).name != status_look(r.period.status).name ||
                   was->second.series != e.series) {
            out += "<li>" + measure_link(id, r) + ": " + status_cell(was->second.observation->record.period.status) +
                   " \xE2\x86\x92 " + status_cell(r.period.status) +
                   (was->second.series != e.series ? " (a new series: the id names another measure)" : "") + "</li>";
        }
    }
    for (const auto& [id, e] : before)
        if (!now.count(id)) out += "<li>" + measure_link(id, e.observation->record) + ": no longer reported</li>";
    return out.empty() ? "<p>No status changed.</p>" : "<ul class=\"changes\">" + out + "</ul>";
}

std::string excerpt(const std::string& text) {
    if (text.size() <= kExcerptBytes) return text;
    size_t cut = kExcerptBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // whole characters only
    return text.substr(0, cut) + "\xE2\x80\xA6";
}

std::string exceptions(const std::map<std::string, PeriodEntry>& measures) {
    std::string out;
    for (const auto& [id, e] : measures) {
        const Record& r = e.observation->record;
        if (status_slot(r.period.status) != 2 && status_slot(r.ytd.status) != 2) continue;
        out += "<li>" + measure_link(id, r) + ": " + html_escape(r.period.actual ? r.period.actual->raw : "\xE2\x80\x93") +
               " against " + html_escape(r.period.target ? r.period.target->raw : "\xE2\x80\x93") + " " +
               status_cell(r.period.status) + ", YTD " + status_cell(r.ytd.status);
        const OptString& why = r.improvement_plan ? r.improvement_plan : r.comment;
        if (why) out += "<br><q>" + html_escape(excerpt(collapse_whitespace(*why))) + "</q>";
        out += "</li>";
    }
    return out.empty() ? "<p>No measure is RED.</p>" : "<ul class=\"exceptions\">" + out + "</ul>";
}

std::string summary_counts(const Counts& c) {
    std::string out;
    for (size_t k = 0; k < c.size(); ++k)
        out += std::string(" <span class=\"") + status_look(kSlotStatus[k]).css + "\">" +
               status_look(kSlotStatus[k]).glyph + " " + std::to_string(c[k]) + "</span>";
    return out;
}

}  // namespace

std::string overview_section(const HistoryReport& report) {
    const Periods periods = group_by_period(report);
    std::string out = "<section id=\"overview\"><h2>Overview</h2>";
    if (periods.empty()) return out + "<p>The archive holds no observations in this range.</p></section>";
    out += "<figure class=\"wide\"><figcaption>Period status of every measure, by report month</figcaption>" +
           rag_over_time(periods) + "</figure>";
    for (auto it = periods.rbegin(); it != periods.rend(); ++it) {
        auto before = std::next(it);
        const auto& previous = before == periods.rend() ? it->second : before->second;
        if (it == std::next(periods.rbegin()))
            out += "<details class=\"earlier\"><summary>Earlier periods (" + std::to_string(periods.size() - 1) +
                   ")</summary>";
        out += std::string("<details class=\"period\"") + (it == periods.rbegin() ? " open" : "") + "><summary><b>" +
               it->first + "</b> \xC2\xB7 " + std::to_string(it->second.size()) + (it->second.size() == 1 ? " measure" : " measures") +
               summary_counts(count(it->second)) + "</summary>" + priority_table(it->second) + "<h4>Changes since " +
               (before == periods.rend() ? std::string("the previous period (none archived)") : before->first) +
               "</h4>" + (before == periods.rend() ? "<p>Nothing to compare with.</p>" : changes(it->second, previous)) +
               "<h4>Exceptions (RED)</h4>" + exceptions(it->second) + "</details>";
    }
    if (periods.size() > 1) out += "</details>";
    return out + "</section>";
}

}  // namespace occx
