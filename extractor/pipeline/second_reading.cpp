#include "pipeline/second_reading.h"

#include "table/header_reuse.h"

namespace occx {

namespace {

size_t filled(const OptString& s) { return s && !s->empty(); }
size_t filled(const std::optional<Value>& v) { return v.has_value(); }
size_t filled(const Triple& t) { return filled(t.actual) + filled(t.target) + filled(t.status); }

}  // namespace

std::optional<Header> header_to_read_again(const std::vector<Header>& readings, bool ids_before_a_header) {
    auto settled = consensus_header(readings);
    if (!settled || ids_before_a_header) return settled;
    for (const auto& r : readings)
        if (layout_offset(r, *settled) && !same_keys(r, *settled)) return settled;
    return std::nullopt;
}

size_t cells_read(const std::vector<Record>& records) {
    size_t n = 0;
    for (const auto& r : records)
        n += filled(r.title) + filled(r.unit) + filled(r.trend) + filled(r.director) + filled(r.portfolio_holder) +
             filled(r.period) + filled(r.ytd) + filled(r.comment) + filled(r.improvement_plan) +
             filled(r.timeframe) + filled(r.finance_impact) + filled(r.risk_impact);
    return n;
}

bool reads_more(const std::vector<Record>& second, const std::vector<Record>& first) {
    if (second.size() != first.size()) return second.size() > first.size();
    return cells_read(second) > cells_read(first);
}

}  // namespace occx
