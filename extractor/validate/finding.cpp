#include "validate/finding.h"

#include <algorithm>
#include <tuple>

#include "util/error.h"

namespace occx {

const char* severity_name(Severity s) {
    switch (s) {
        case Severity::info: return "info";
        case Severity::warning: return "warning";
        case Severity::error: return "error";
    }
    return "info";
}

Severity severity_from_name(const std::string& name) {
    for (Severity s : {Severity::info, Severity::warning, Severity::error})
        if (name == severity_name(s)) return s;
    fail("", "unknown severity '" + name + "'");
}

namespace {

// "3", "3-4", "3,5": consecutive pages as a range.
std::string pages_text(const std::vector<int>& pages) {
    if (pages.empty()) return "";
    std::vector<int> p = pages;
    std::sort(p.begin(), p.end());
    bool consecutive = true;
    for (size_t i = 1; i < p.size(); ++i) consecutive = consecutive && p[i] == p[i - 1] + 1;
    if (p.size() == 1) return std::to_string(p[0]);
    if (consecutive) return std::to_string(p.front()) + "-" + std::to_string(p.back());
    std::string out;
    for (int n : p) out += (out.empty() ? "" : ",") + std::to_string(n);
    return out;
}

}  // namespace

nlohmann::json finding_to_json(const Finding& f) {
    return nlohmann::json{{"severity", severity_name(f.severity)},
                          {"rule", f.rule},
                          {"measure_id", f.measure_id.empty() ? nlohmann::json(nullptr)
                                                              : nlohmann::json(f.measure_id)},
                          {"file", f.file},
                          {"pages", f.pages},
                          {"message", f.message}};
}

std::string finding_to_text(const Finding& f) {
    std::string where = f.file.empty() ? std::string("-") : f.file;
    if (!f.pages.empty()) where += ":" + pages_text(f.pages);
    std::string line = where + ": " + severity_name(f.severity) + " " + f.rule;
    if (!f.measure_id.empty()) line += " " + f.measure_id;
    return line + ": " + f.message;
}

void sort_findings(std::vector<Finding>& findings) {
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.file, a.measure_id, a.rule) < std::tie(b.file, b.measure_id, b.rule);
    });
}

}  // namespace occx
