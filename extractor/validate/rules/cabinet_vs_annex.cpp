// Rule cabinet-vs-annex: a Cabinet covering report against the Annex A records of its period
// (and of the month before, when given): Table 1's RAG counts, the Red list, the status-change
// table and the exception tables must agree with the annex rows.
#include <algorithm>
#include <map>

#include "validate/cabinet_facts.h"
#include "validate/facts.h"
#include "validate/rules/rules.h"

namespace occx::rules {

namespace {

const char* kRule = "cabinet-vs-annex";

// The figures behind an annex status, for messages: "RED (period actual 0.00 vs target 80.00)".
std::string status_with_figures(const Record& r) {
    std::string s = month_status(r).value_or("no status");
    const Triple& t = r.period.status ? r.period : r.ytd;
    if (t.actual && t.target) s += " (actual " + t.actual->raw + " vs target " + t.target->raw + ")";
    return s;
}

std::vector<const Record*> rows_in_scope(const ReportRecords& annex, bool skip_optional, const PatternPack& p) {
    std::vector<const Record*> rows;
    for (const auto& r : annex.records)
        if (!skip_optional || !optional_priority(r.measure_id, p)) rows.push_back(&r);
    return rows;
}

std::vector<std::string> ids_with_status(const std::vector<const Record*>& rows, const std::string& status) {
    std::vector<std::string> ids;
    for (const Record* r : rows)
        if (month_status(*r) == status) ids.push_back(r->measure_id);
    return ids;
}

struct Scope {
    std::vector<const Record*> rows;
    std::string label;  // " (without OCC11)" or ""
};

// Table 1 may leave a priority out; the scope whose size matches its total is the one it counts.
Scope table1_scope(const ReportRecords& annex, const RagCounts& total, const CabinetReport& c,
                   const PatternPack& p, Findings& out) {
    Scope all{rows_in_scope(annex, false, p), ""};
    Scope narrow{rows_in_scope(annex, true, p), " (without the priorities Table 1 may leave out)"};
    if (!total.total || *total.total == static_cast<int>(all.rows.size())) return all;
    if (*total.total == static_cast<int>(narrow.rows.size())) return narrow;
    out.push_back(finding_about_cabinet(c, Severity::error, kRule, "",
                                        "Table 1 counts " + std::to_string(*total.total) +
                                            " measures in total but the annex " + annex.file + " has " +
                                            std::to_string(all.rows.size()) + " (" +
                                            std::to_string(narrow.rows.size()) + narrow.label + ")"));
    return all;
}

void check_table1(const CabinetReport& c, const ReportRecords& annex, const PatternPack& p, Findings& out) {
    const RagCounts* total = table1_total(c);
    if (!total) return;
    Scope scope = table1_scope(annex, *total, c, p, out);
    struct Pair { const char* column; std::optional<int> RagCounts::*field; const char* status; };
    const Pair pairs[] = {{"Green", &RagCounts::green, "GREEN"}, {"Amber", &RagCounts::amber, "AMBER"},
                          {"Red", &RagCounts::red, "RED"}, {"Monitoring only", &RagCounts::monitoring_only, "NA"}};
    for (const auto& pair : pairs) {
        auto counted = total->*pair.field;
        if (!counted) continue;
        auto ids = ids_with_status(scope.rows, pair.status);
        if (*counted == static_cast<int>(ids.size())) continue;
        out.push_back(finding_about_cabinet(
            c, Severity::error, kRule, "",
            "Table 1 ('" + total->row + "') counts " + std::to_string(*counted) + " " + pair.column +
                " but the annex " + annex.file + " has " + std::to_string(ids.size()) + " " + pair.status +
                " measures" + scope.label + (ids.empty() ? "" : ": " + id_list(ids))));
    }
}

void check_red_list(const CabinetReport& c, const ReportRecords& annex, Findings& out) {
    std::vector<std::string> listed;
    for (const auto& m : c.red_list) {
        listed.push_back(m.measure_id);
        const Record* row = annex_row(&annex, m.measure_id);
        if (!row)
            out.push_back(finding_about_cabinet(c, Severity::warning, kRule, m.measure_id,
                                                "the Red list names it but the annex " + annex.file +
                                                    " has no such measure"));
        else if (month_status(*row) != "RED")
            out.push_back(finding_about_cabinet(c, Severity::error, kRule, m.measure_id,
                                                "the Red list names it but the annex shows it " +
                                                    status_with_figures(*row)));
    }
    for (const auto& r : annex.records)
        if (month_status(r) == "RED" && std::find(listed.begin(), listed.end(), r.measure_id) == listed.end())
            out.push_back(finding_about_cabinet(c, Severity::warning, kRule, r.measure_id,
                                                "the annex shows it " + status_with_figures(r) +
                                                    " but the Cabinet Red list leaves it out"));
}

// A status the Cabinet report states against the annex row it refers to.
// A measure missing from the previous month's annex is not news (bi-monthly measures skip months).
void check_stated(const CabinetReport& c, const std::string& id, const OptString& stated,
                  const ReportRecords* annex, const std::string& what, Findings& out,
                  bool current_month = true) {
    if (!stated || !annex) return;
    const Record* row = annex_row(annex, id);
    if (!row) {
        if (!current_month) return;
        out.push_back(finding_about_cabinet(c, Severity::warning, kRule, id,
                                            what + " names it but the annex " + annex->file +
                                                " has no such measure"));
        return;
    }
    auto status = month_status(*row);
    if (!status || *status == *stated) return;
    out.push_back(finding_about_cabinet(c, Severity::error, kRule, id,
                                        what + " says " + *stated + " but the annex " + annex->file +
                                            " shows " + status_with_figures(*row)));
}

void check_status_changes(const CabinetReport& c, const ReportRecords& annex, const ReportRecords* prev,
                          Findings& out) {
    std::map<std::string, const StatusChange*> named;
    for (const auto& s : c.status_changes) {
        named[s.measure.measure_id] = &s;
        check_stated(c, s.measure.measure_id, s.to, &annex, "the status-change table ('" + s.from + " to " + s.to + "')", out);
        check_stated(c, s.measure.measure_id, s.from, prev, "the status-change table ('" + s.from + " to " + s.to + "')", out, false);
    }
    if (!prev) return;
    for (const auto& r : annex.records) {
        const Record* before = annex_row(prev, r.measure_id);
        if (!before) continue;
        auto now = month_status(r), was = month_status(*before);
        if (!is_rag(now) || !is_rag(was) || *now == *was || named.count(r.measure_id)) continue;
        out.push_back(finding_about_cabinet(c, Severity::warning, kRule, r.measure_id,
                                            "went from " + *was + " (" + prev->file + ") to " +
                                                status_with_figures(r) + " but the status-change table leaves it out"));
    }
}

void check_exceptions(const CabinetReport& c, const ReportRecords& annex, const ReportRecords* prev,
                      Findings& out) {
    std::map<std::string, bool> named, red_listed;
    for (const auto& m : c.red_list) red_listed[m.measure_id] = true;
    for (const auto& e : c.exceptions) {
        named[e.measure.measure_id] = true;
        check_stated(c, e.measure.measure_id, e.current_status, &annex, "the exception table's current status", out);
        check_stated(c, e.measure.measure_id, e.previous_status, prev, "the exception table's previous status", out, false);
    }
    // Exceptions are the Reds, and the Ambers of two months running.
    for (const auto& r : annex.records) {
        if (named.count(r.measure_id)) continue;
        auto now = month_status(r);
        const Record* before = annex_row(prev, r.measure_id);
        const bool amber_twice = now == "AMBER" && before && month_status(*before) == "AMBER";
        // A Red the Red list also leaves out has had its finding there.
        if ((now != "RED" || !red_listed.count(r.measure_id)) && !amber_twice) continue;
        out.push_back(finding_about_cabinet(c, Severity::warning, kRule, r.measure_id,
                                            "the annex shows it " + status_with_figures(r) +
                                                (amber_twice ? " for a second month" : "") +
                                                " but no exception table lists it"));
    }
}

}  // namespace

void cabinet_vs_annex(const ValidationContext& ctx, Findings& out) {
    for (const auto& c : ctx.input.cabinets) {
        const ReportRecords* annex = annex_for(ctx, c);
        if (!annex) {
            out.push_back(finding_about_cabinet(c, Severity::info, kRule, "",
                                                "no annex records for the period ending " +
                                                    c.report.period_end.value_or("(unknown)") +
                                                    " were given; cross-document checks skipped"));
            continue;
        }
        const ReportRecords* prev = previous_annex(ctx, c);
        check_table1(c, *annex, ctx.patterns, out);
        check_red_list(c, *annex, out);
        check_status_changes(c, *annex, prev, out);
        check_exceptions(c, *annex, prev, out);
    }
}

}  // namespace occx::rules
