// Rules on single cells and rows: malformed-value (error), status-without-numbers and
// numbers-without-status (warnings), implausible-value (warning).
#include "validate/facts.h"
#include "validate/rules/rules.h"

namespace occx::rules {

namespace {

struct Cell {
    std::string name;  // "period actual"
    const std::optional<Value>* value;
};

std::vector<Cell> cells_of(const Record& r) {
    return {{"period actual", &r.period.actual},
            {"period target", &r.period.target},
            {"YTD actual", &r.ytd.actual},
            {"YTD target", &r.ytd.target}};
}

void check_malformed(const Record& r, Findings& out) {
    std::string list;
    for (const auto& c : cells_of(r))
        if (*c.value && (*c.value)->kind == ValueKind::malformed)
            list += (list.empty() ? "" : ", ") + c.name + " '" + (*c.value)->raw + "'";
    if (!list.empty())
        out.push_back(finding_about(r, Severity::error, "malformed-value",
                                    "malformed number (looks numeric but does not parse): " + list));
}

void check_status_without_numbers(const Record& r, Findings& out) {
    for (const auto& nt : triples_of(r)) {
        const Triple& t = *nt.triple;
        if (!is_rag(t.status)) continue;
        if (t.actual && t.actual->kind != ValueKind::not_applicable &&
            t.actual->kind != ValueKind::not_reported)
            continue;
        std::string what = t.actual ? "is '" + t.actual->raw + "'" : "is empty";
        out.push_back(finding_about(r, Severity::warning, "status-without-numbers",
                                    *t.status + " but the " + nt.name + " actual " + what));
    }
}

// A report has a status column when most of its rows with numbers show a status.
bool has_status_column(const ReportRecords& report) {
    int numbered = 0, with_status = 0;
    for (const auto& r : report.records)
        for (const auto& nt : triples_of(r))
            if (number_of(nt.triple->actual)) {
                ++numbered;
                with_status += nt.triple->status.has_value();
            }
    return numbered > 0 && 2 * with_status >= numbered;
}

void check_numbers_without_status(const Record& r, Findings& out) {
    std::string list;
    for (const auto& nt : triples_of(r))
        if (number_of(nt.triple->actual) && !nt.triple->status)
            list += std::string(list.empty() ? "" : ", ") + nt.name + " actual " + nt.triple->actual->raw;
    if (!list.empty())
        out.push_back(finding_about(r, Severity::warning, "numbers-without-status",
                                    "no status for " + list +
                                        " although the report's other rows have statuses"));
}

bool is_count(const Record& r, const PatternPack& p) {
    return (r.title && p.matches_any("validate.count_title", *r.title)) ||
           (r.unit && p.matches_any("validate.count_unit", *r.unit));
}

// "% of ..." titles are shares whatever the cell shows; "... rate" titles only when the cell
// or the unit is a percentage.
bool is_share(const Record& r, const Value& v, const PatternPack& p) {
    if (!r.title) return false;
    if (p.matches_any("validate.percent_title", *r.title)) return true;
    const bool percent = v.kind == ValueKind::percent || (r.unit && p.matches_any("validate.share_unit", *r.unit));
    return percent && p.matches_any("validate.share_title", *r.title);
}

void check_implausible(const Record& r, const PatternPack& p, Findings& out) {
    for (const auto& c : cells_of(r)) {
        auto n = number_of(*c.value);
        if (!n) continue;
        const Value& v = **c.value;
        if (*n < 0 && is_count(r, p))
            out.push_back(finding_about(r, Severity::warning, "implausible-value",
                                        c.name + " " + v.raw + " is negative for a count ('" +
                                            r.title.value_or(r.unit.value_or("")) + "')"));
        if (*n > 100 && is_share(r, v, p))
            out.push_back(finding_about(r, Severity::warning, "implausible-value",
                                        c.name + " " + v.raw + " is over 100% for a share ('" +
                                            *r.title + "')"));
    }
}

}  // namespace

void values(const ValidationContext& ctx, Findings& out) {
    for (const auto& report : ctx.input.reports) {
        const bool status_column = has_status_column(report);
        for (const auto& r : report.records) {
            check_malformed(r, out);
            check_status_without_numbers(r, out);
            if (status_column) check_numbers_without_status(r, out);
            check_implausible(r, ctx.patterns, out);
        }
    }
}

}  // namespace occx::rules
