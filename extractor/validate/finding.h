#pragma once
// A finding: one contradiction or doubt that validate reports about a published report.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace occx {

enum class Severity { info = 0, warning = 1, error = 2 };

const char* severity_name(Severity s);
// "info", "warning" or "error"; throws occx::Error otherwise.
Severity severity_from_name(const std::string& name);

struct Finding {
    Severity severity = Severity::info;
    std::string rule;        // status-vs-numbers, malformed-value, ...
    std::string measure_id;  // empty when the finding is about a whole report
    std::string file;        // the published report the finding is about (source.file)
    std::vector<int> pages;  // 1-based; empty for text inputs or whole-report findings
    std::string message;     // quotes the numbers it is about
};

nlohmann::json finding_to_json(const Finding& f);
// One line: "annex.pdf:4: error status-vs-numbers OCC04.05: message".
std::string finding_to_text(const Finding& f);
// Findings in a stable order: by file, then measure, then rule.
void sort_findings(std::vector<Finding>& findings);

}  // namespace occx
