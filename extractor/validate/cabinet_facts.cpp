#include "validate/cabinet_facts.h"

#include "util/text.h"
#include "validate/facts.h"

namespace occx {

OptString month_status(const Record& r) { return r.period.status ? r.period.status : r.ytd.status; }

const ReportRecords* annex_for(const ValidationContext& ctx, const CabinetReport& c) {
    if (!c.report.period_end) return nullptr;
    for (const auto* rep : ctx.all_reports())
        if (rep->period_end == c.report.period_end && !rep->records.empty()) return rep;
    return nullptr;
}

const ReportRecords* previous_annex(const ValidationContext& ctx, const CabinetReport& c) {
    auto at = year_month(c.report.period_end);
    if (!at) return nullptr;
    const ReportRecords* best = nullptr;
    int best_gap = kPreviousAnnexMonths + 1;
    for (const auto* rep : ctx.all_reports()) {
        auto ym = year_month(rep->period_end);
        if (!ym || rep->records.empty()) continue;
        int gap = month_number(*at) - month_number(*ym);
        if (gap >= 1 && gap < best_gap) best = rep, best_gap = gap;
    }
    return best;
}

const Record* annex_row(const ReportRecords* annex, const std::string& measure_id) {
    if (!annex) return nullptr;
    for (const auto& r : annex->records)
        if (r.measure_id == measure_id) return &r;
    return nullptr;
}

const RagCounts* table1_total(const CabinetReport& c) {
    for (const auto& row : c.rag_summary)
        if (to_lower_ascii(trim(row.row)) == "total") return &row;
    return c.rag_summary.size() == 1 ? &c.rag_summary.front() : nullptr;
}

bool optional_priority(const std::string& measure_id, const PatternPack& patterns) {
    return patterns.full_matches_any("validate.cabinet_optional_priority", measure_id.substr(0, 5));
}

Finding finding_about_cabinet(const CabinetReport& c, Severity s, std::string rule,
                              std::string measure_id, std::string message) {
    return Finding{s, std::move(rule), std::move(measure_id), c.source.file, {}, std::move(message)};
}

std::string id_list(const std::vector<std::string>& ids) { return join(ids, ", "); }

}  // namespace occx
