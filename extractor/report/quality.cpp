// Data quality: per report, how much of it extraction accounted for; the validation
// findings by report and by measure.
#include <array>
#include <cstdio>
#include <map>

#include "report/html.h"
#include "report/sections.h"
#include "util/text.h"

namespace occx {

namespace {

using SeverityCounts = std::array<int, 3>;  // error, warning, info

int severity_slot(Severity s) { return s == Severity::error ? 0 : s == Severity::warning ? 1 : 2; }

std::string coverage_cell(const ArchivedReport& r) {
    if (!r.ids_seen || !r.ids_extracted) return "<td class=\"num\" title=\"stored before occx kept coverage\">?</td>";
    if (*r.ids_seen == 0) return "<td class=\"num\">\xE2\x80\x93</td>";
    char pct[16];
    std::snprintf(pct, sizeof pct, "%.0f%%", 100.0 * *r.ids_extracted / *r.ids_seen);
    const bool short_of = *r.ids_extracted < *r.ids_seen;
    return std::string("<td class=\"num") + (short_of ? " warn" : "") + "\" title=\"" +
           std::to_string(*r.ids_extracted) + " of " + std::to_string(*r.ids_seen) + " measure ids extracted\">" + pct +
           "</td>";
}

std::string warnings_cell(const ArchivedReport& r) {
    if (r.warnings.empty()) return "<td class=\"num\">0</td>";
    std::string out = "<td><details><summary>" + std::to_string(r.warnings.size()) + "</summary><ul>";
    for (const auto& w : r.warnings) out += "<li>" + html_escape(w) + "</li>";
    return out + "</ul></details></td>";
}

std::string num_cell(int n, bool warn = false) {
    return std::string("<td class=\"num") + (warn && n > 0 ? " warn" : "") + "\">" + std::to_string(n) + "</td>";
}

std::string report_link(const std::string& file) {
    return "<a href=\"" + html_escape(file_href(file)) + "\" title=\"" + html_escape(file) + "\">" +
           html_escape(base_name(file)) + "</a>";
}

std::string reports_table(const HistoryReport& report) {
    std::string out =
        "<table class=\"quality\"><thead><tr><th>Period end</th><th>Report</th><th>Kind</th><th>Rev.</th>"
        "<th>Pages</th><th>OCR pages</th><th>Records</th><th>Id coverage</th><th>Low confidence</th>"
        "<th>Warnings</th></tr></thead><tbody>";
    for (const auto& r : report.reports)
        out += "<tr><td>" + html_escape(r.period_end.empty() ? "\xE2\x80\x93" : r.period_end) + "</td><td>" +
               report_link(r.file) + "</td><td>" + html_escape(r.kind) + "</td>" + num_cell(r.revision) +
               num_cell(r.pages) + num_cell(r.ocr_pages) + num_cell(r.records) + coverage_cell(r) +
               num_cell(r.low_confidence, true) + warnings_cell(r) + "</tr>";
    return out + "</tbody></table>";
}

std::string severity_header(const std::string& first) {
    return "<thead><tr><th>" + first + "</th><th>Errors</th><th>Warnings</th><th>Info</th><th>Findings</th></tr></thead>";
}

std::string findings_list(const std::vector<const StoredFinding*>& findings, bool with_report) {
    std::string out = "<details><summary>" + std::to_string(findings.size()) + "</summary><ul>";
    for (const auto* s : findings) {
        const Finding& f = s->finding;
        out += std::string("<li><span class=\"sev-") + severity_name(f.severity) + "\">" + severity_name(f.severity) +
               "</span> " + html_escape(f.rule) + " ";
        if (with_report) out += html_escape(base_name(f.file)) + (f.pages.empty() ? "" : ":" + std::to_string(f.pages[0])) + " ";
        else if (!f.measure_id.empty()) out += "<a href=\"#m-" + html_escape(f.measure_id) + "\">" + html_escape(f.measure_id) + "</a> ";
        out += html_escape(f.message) + "</li>";
    }
    return out + "</ul></details>";
}

// Findings grouped by a key (a report or a measure), each group a row of counts.
std::string findings_table(const HistoryReport& report, const std::string& heading, bool by_measure) {
    std::map<std::string, std::pair<SeverityCounts, std::vector<const StoredFinding*>>> groups;
    for (const auto& s : report.findings) {
        const std::string key = by_measure ? (s.finding.measure_id.empty() ? "(whole report)" : s.finding.measure_id)
                                           : s.period_end + "\t" + s.finding.file;
        auto& [counts, list] = groups[key];
        ++counts[severity_slot(s.finding.severity)];
        list.push_back(&s);
    }
    if (groups.empty()) return "<p>No stored findings in this range.</p>";
    std::string out = "<table class=\"quality\">" + severity_header(heading) + "<tbody>";
    for (const auto& [key, group] : groups) {
        std::string label = by_measure ? (key.front() == '(' ? html_escape(key)
                                                             : "<a href=\"#m-" + html_escape(key) + "\">" + html_escape(key) + "</a>")
                                       : html_escape(key.substr(0, key.find('\t'))) + " " + report_link(key.substr(key.find('\t') + 1));
        out += "<tr><td>" + label + "</td>" + num_cell(group.first[0], true) + num_cell(group.first[1], true) +
               num_cell(group.first[2]) + "<td>" + findings_list(group.second, by_measure) + "</td></tr>";
    }
    return out + "</tbody></table>";
}

}  // namespace

std::string quality_section(const HistoryReport& report) {
    return "<section id=\"quality\"><h2>Data quality</h2><h3>Reports</h3><p class=\"note\">Id coverage: the share of "
           "measure ids seen in a report that became records. Low confidence: records below " +
           svg_number(kLowConfidence) + " (several doubts while reading them).</p>" + reports_table(report) +
           "<h3>Validation findings by report</h3>" + findings_table(report, "Report", false) +
           "<h3>Validation findings by measure</h3>" + findings_table(report, "Measure", true) + "</section>";
}

}  // namespace occx
