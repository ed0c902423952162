#pragma once
// Builders for the validate tests: records and reports in a line each.
#include <string>
#include <vector>

#include "model/record.h"
#include "normalize/value_parser.h"
#include "test_helpers.h"
#include "validate/validator.h"

namespace vt {

inline std::optional<occx::Value> cell(const char* text) {
    if (!text) return std::nullopt;
    return occx::parse_value(text, repo_patterns());
}

inline occx::Triple tri(const char* actual, const char* target, const char* status) {
    occx::Triple t;
    t.actual = cell(actual);
    t.target = cell(target);
    if (status) t.status = status;
    return t;
}

inline occx::Record rec(const std::string& id, const std::string& title, const std::string& period_end,
                        occx::Triple period, occx::Triple ytd, const std::string& file = "annex.pdf") {
    occx::Record r;
    r.measure_id = id;
    r.priority_id = id.substr(0, 5);
    r.title = title;
    r.period = std::move(period);
    r.ytd = std::move(ytd);
    r.report.period_end = period_end;
    r.source.file = file;
    r.source.pages = {4};
    return r;
}

// The same figures as period and YTD, as snapshot measures print them.
inline occx::Record rec1(const std::string& id, const std::string& title, const std::string& period_end,
                         const char* actual, const char* target, const char* status,
                         const std::string& file = "annex.pdf") {
    return rec(id, title, period_end, tri(actual, target, status), tri(actual, target, status), file);
}

inline occx::ValidationInput reports_of(const std::vector<occx::Record>& records) {
    occx::ValidationInput in;
    in.reports = occx::group_into_reports(records, "input.jsonl");
    return in;
}

inline occx::Findings run(const occx::ValidationInput& in) { return occx::validate(in, repo_patterns()); }

inline occx::Findings with_rule(const occx::Findings& all, const std::string& rule) {
    occx::Findings out;
    for (const auto& f : all)
        if (f.rule == rule) out.push_back(f);
    return out;
}

inline int count(const occx::Findings& all, const std::string& rule, occx::Severity s) {
    int n = 0;
    for (const auto& f : all) n += f.rule == rule && f.severity == s;
    return n;
}

inline bool mentions(const occx::Finding& f, const std::string& text) {
    return f.message.find(text) != std::string::npos;
}

}  // namespace vt
