#include "patterns/pack_rules.h"

#include "util/error.h"

namespace occx {

const std::vector<SingleKeyRule>& single_key_rules() {
    // Each key with the number of values its callers capture (see the one("...") calls).
    static const std::vector<SingleKeyRule> rules = {
        {"ids.measure_id", 2},         {"ids.measure_id_split", 2}, {"ids.measure_id_garbled", 2},
        {"ids.measure_id_spaced", 2},
        {"ids.id_like", 0},            {"ids.priority_id", 0},      {"ids.id_head", 0},
        {"report.date_range", 6},
        {"report.priority_banner", 2}, {"report.report_month", 2},  {"report.status_date", 3},
        {"table.comment_line", 1},     {"text.comment_label", 0},   {"text.holder", 2},
        {"text.month_label", 0},       {"text.rule_mark", 0},       {"text.status_change", 2},
        {"text.status_column", 1},     {"values.money", 2},         {"values.negative_parens", 1},
        {"values.percent", 1},
    };
    return rules;
}

void check_pack_rules(const PatternPack& pack) {
    for (const auto& rule : single_key_rules()) {
        if (!pack.has(rule.key)) continue;  // a missing key is named when code asks for it
        const auto& entries = pack.list(rule.key);
        if (entries.size() > 1)
            fail(entries[1].where, "'" + rule.key + "' may appear only once (first at " + entries[0].where + ")");
        const int groups = entries[0].re->NumberOfCapturingGroups();
        if (groups < rule.groups)
            fail(entries[0].where, "'" + rule.key + "' needs " + std::to_string(rule.groups) + " capture group" +
                                       (rule.groups == 1 ? "" : "s") + ", has " + std::to_string(groups));
    }
}

}  // namespace occx
