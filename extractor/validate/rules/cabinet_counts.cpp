// Rule cabinet-counts: a Cabinet covering report's own numbers must add up: each row of
// Table 1 and Table 2 sums to its total, the Total row is the sum of the other rows, and the
// Red list is as long as the Red counts say. Needs no annex.
#include <algorithm>

#include "util/text.h"
#include "validate/cabinet_facts.h"
#include "validate/facts.h"
#include "validate/rules/rules.h"

namespace occx::rules {

namespace {

const char* kRule = "cabinet-counts";

struct Column {
    const char* name;
    std::optional<int> RagCounts::*field;
};

const std::vector<Column>& count_columns() {
    static const std::vector<Column> cols = {{"Green", &RagCounts::green},
                                             {"Amber", &RagCounts::amber},
                                             {"Red", &RagCounts::red},
                                             {"Monitoring only", &RagCounts::monitoring_only},
                                             {"Data unavailable", &RagCounts::data_unavailable},
                                             {"No complaints", &RagCounts::no_complaints}};
    return cols;
}

void check_row_sum(const CabinetReport& c, const RagCounts& row, const std::string& table, Findings& out) {
    if (!row.total) return;
    int sum = 0;
    std::string terms;
    for (const auto& col : count_columns())
        if (auto n = row.*col.field) {
            sum += *n;
            terms += (terms.empty() ? "" : " + ") + std::to_string(*n);
        }
    if (terms.empty() || sum == *row.total) return;
    out.push_back(finding_about_cabinet(c, Severity::error, kRule, "",
                                        table + " row '" + row.row + "': " + terms + " = " +
                                            std::to_string(sum) + " but its total says " +
                                            std::to_string(*row.total)));
}

void check_total_row(const CabinetReport& c, Findings& out) {
    const RagCounts* total = table1_total(c);
    if (!total || c.rag_summary.size() < 2) return;
    auto fields = count_columns();
    fields.push_back({"Total", &RagCounts::total});
    for (const auto& col : fields) {
        if (!(total->*col.field)) continue;
        int sum = 0;
        for (const auto& row : c.rag_summary)
            if (&row != total) sum += (row.*col.field).value_or(0);
        if (sum == *(total->*col.field)) continue;
        out.push_back(finding_about_cabinet(c, Severity::error, kRule, "",
                                            std::string("Table 1 '") + total->row + "' row counts " +
                                                std::to_string(*(total->*col.field)) + " " + col.name +
                                                " but its other rows add up to " + std::to_string(sum)));
    }
}

std::vector<std::string> red_list_ids(const CabinetReport& c, bool skip_optional, const PatternPack& p) {
    std::vector<std::string> ids;
    for (const auto& m : c.red_list)
        if (!skip_optional || !optional_priority(m.measure_id, p)) ids.push_back(m.measure_id);
    return ids;
}

// Table 1 may leave a priority out: its Red count must match the Red list with or without it.
void check_red_list_length(const CabinetReport& c, const PatternPack& p, Findings& out) {
    const RagCounts* total = table1_total(c);
    if (!total || !total->red) return;
    auto all = red_list_ids(c, false, p), in_scope = red_list_ids(c, true, p);
    const int red = *total->red;
    if (red == static_cast<int>(all.size()) || red == static_cast<int>(in_scope.size())) return;
    out.push_back(finding_about_cabinet(c, Severity::warning, kRule, "",
                                        "Table 1 counts " + std::to_string(red) + " Red but the Red list names " +
                                            std::to_string(all.size()) + " measures (" + id_list(all) + ")"));
}

// Table 2's row for the report's own month counts the same Reds as the Red list.
void check_month_row(const CabinetReport& c, Findings& out) {
    auto ym = year_month(c.report.period_end);
    if (!ym) return;
    const std::string label = std::string(month_name(ym->month)) + " " + std::to_string(ym->year);
    for (const auto& row : c.monthly_comparison) {
        if (to_lower_ascii(trim(row.row)) != to_lower_ascii(label) || !row.red) continue;
        if (*row.red == static_cast<int>(c.red_list.size())) continue;
        std::vector<std::string> ids;
        for (const auto& m : c.red_list) ids.push_back(m.measure_id);
        out.push_back(finding_about_cabinet(c, Severity::warning, kRule, "",
                                            "Table 2 counts " + std::to_string(*row.red) + " Red for " + label +
                                                " but the Red list names " + std::to_string(ids.size()) +
                                                (ids.empty() ? "" : " (" + id_list(ids) + ")")));
    }
}

}  // namespace

void cabinet_counts(const ValidationContext& ctx, Findings& out) {
    for (const auto& c : ctx.input.cabinets) {
        for (const auto& row : c.rag_summary) check_row_sum(c, row, "Table 1", out);
        for (const auto& row : c.monthly_comparison) check_row_sum(c, row, "Table 2", out);
        check_total_row(c, out);
        check_red_list_length(c, ctx.patterns, out);
        check_month_row(c, out);
    }
}

}  // namespace occx::rules
