// Rule duplicate-measure: the same measure id twice in one report. Different figures are a
// contradiction (error); an identical repeat (a page printed twice) is only noted (info).
#include <map>

#include "validate/facts.h"
#include "validate/rules/rules.h"

namespace occx::rules {

namespace {

std::string shown(const std::optional<Value>& v) { return v ? v->raw : "(empty)"; }
std::string shown(const OptString& s) { return s ? *s : "(none)"; }

// The figures that differ between two rows of one measure, quoted.
std::string differences(const Record& a, const Record& b) {
    std::string out;
    auto add = [&](const std::string& what, const std::string& x, const std::string& y) {
        if (x != y) out += (out.empty() ? "" : "; ") + what + " " + x + " vs " + y;
    };
    for (size_t i = 0; i < 2; ++i) {
        const auto ta = triples_of(a)[i], tb = triples_of(b)[i];
        const std::string name = ta.name;
        add(name + " actual", shown(ta.triple->actual), shown(tb.triple->actual));
        add(name + " target", shown(ta.triple->target), shown(tb.triple->target));
        add(name + " status", shown(ta.triple->status), shown(tb.triple->status));
    }
    return out;
}

std::string pages_of(const Record& r) {
    if (r.source.pages.empty()) return "";
    std::string out = " (page";
    if (r.source.pages.size() > 1) out += "s";
    for (size_t i = 0; i < r.source.pages.size(); ++i)
        out += (i ? "," : " ") + std::to_string(r.source.pages[i]);
    return out + ")";
}

void check_pair(const Record& first, const Record& again, Findings& out) {
    std::string diff = differences(first, again);
    if (diff.empty()) {
        out.push_back(finding_about(again, Severity::info, "duplicate-measure",
                                    "appears again" + pages_of(again) + " with the same figures as" +
                                        pages_of(first) + " before"));
        return;
    }
    out.push_back(finding_about(again, Severity::error, "duplicate-measure",
                                "appears twice in the report with different figures: " + diff));
}

}  // namespace

void duplicates(const ValidationContext& ctx, Findings& out) {
    for (const auto& report : ctx.input.reports) {
        std::map<std::string, const Record*> first_seen;
        for (const auto& r : report.records) {
            auto [it, fresh] = first_seen.emplace(r.measure_id, &r);
            if (!fresh) check_pair(*it->second, r, out);
        }
    }
}

}  // namespace occx::rules
