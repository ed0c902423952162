#include "archive/observation_columns.h"

#include <charconv>
#include <cstdint>

#include "util/error.h"

namespace occx {

const char* const kObservationColumns =
    "o.measure_id, o.priority_id, o.priority_title, o.title, o.unit, o.trend, o.director, o.portfolio_holder,"
    " o.period_actual_raw, o.period_actual_value, o.period_actual_kind,"
    " o.period_target_raw, o.period_target_value, o.period_target_kind, o.period_status,"
    " o.ytd_actual_raw, o.ytd_actual_value, o.ytd_actual_kind,"
    " o.ytd_target_raw, o.ytd_target_value, o.ytd_target_kind, o.ytd_status,"
    " o.comment, o.improvement_plan, o.timeframe, o.finance_impact, o.risk_impact, o.confidence,"
    " r.period_start, r.id, r.file_name, o.period_end, r.revision, w.message";

const char* const kObservationWarningsJoin =
    " LEFT JOIN warnings w ON w.report_id = o.report_id AND w.measure_id = o.measure_id";

namespace {

// Where each field sits in kObservationColumns.
enum Column : size_t {
    kMeasureId, kPriorityId, kPriorityTitle, kTitle, kUnit, kTrend, kDirector, kPortfolioHolder,
    kPeriodTriple, kYtdTriple = kPeriodTriple + 7,
    kComment = kYtdTriple + 7, kImprovementPlan, kTimeframe, kFinanceImpact, kRiskImpact, kConfidence,
    kPeriodStart, kReportId, kFileName, kPeriodEnd, kRevision, kWarning, kSuperseded
};
// Within a triple: actual (raw, value, kind), target (raw, value, kind), status.
constexpr size_t kTargetOffset = 3, kStatusOffset = 6;

class RowReader {
public:
    RowReader(const SqlRow& row, const std::string& database) : row_(row), database_(database) {}

    const OptString& text(size_t at) const { return row_.at(at); }

    // Both databases give a number's text exactly (SQLite: sqlite_database.cpp).
    std::optional<double> number(size_t at) const {
        const OptString& s = text(at);
        if (!s) return std::nullopt;
        double d = 0;
        const auto [end, ec] = std::from_chars(s->data(), s->data() + s->size(), d);
        if (ec != std::errc() || end != s->data() + s->size()) bad("number '" + *s + "'");
        return d;
    }

    std::int64_t integer(size_t at) const {
        const OptString& s = text(at);
        std::int64_t n = 0;
        if (!s || std::from_chars(s->data(), s->data() + s->size(), n).ec != std::errc()) bad("id");
        return n;
    }

    std::optional<Value> value(size_t at) const {
        if (!text(at)) return std::nullopt;
        Value v;
        v.raw = *text(at);
        v.value = number(at + 1);
        const auto kind = kind_from_name(text(at + 2).value_or("text"));
        if (!kind) bad("value kind '" + text(at + 2).value_or("") + "'");
        v.kind = *kind;
        return v;
    }

    Triple triple(size_t at) const { return {value(at), value(at + kTargetOffset), text(at + kStatusOffset)}; }

private:
    [[noreturn]] void bad(const std::string& what) const {
        fail(database_, "observation of report " + text(kReportId).value_or("?") + " holds a bad " + what);
    }
    const SqlRow& row_;
    const std::string& database_;
};

Record record_of(const RowReader& in) {
    Record r;
    r.measure_id = in.text(kMeasureId).value_or("");
    r.priority_id = in.text(kPriorityId).value_or("");
    r.priority_title = in.text(kPriorityTitle);
    r.title = in.text(kTitle);
    r.unit = in.text(kUnit);
    r.trend = in.text(kTrend);
    r.director = in.text(kDirector);
    r.portfolio_holder = in.text(kPortfolioHolder);
    r.period = in.triple(kPeriodTriple);
    r.ytd = in.triple(kYtdTriple);
    r.comment = in.text(kComment);
    r.improvement_plan = in.text(kImprovementPlan);
    r.timeframe = in.text(kTimeframe);
    r.finance_impact = in.text(kFinanceImpact);
    r.risk_impact = in.text(kRiskImpact);
    r.report = {in.text(kPeriodStart), in.text(kPeriodEnd)};
    r.confidence = in.number(kConfidence).value_or(1.0);
    return r;
}

}  // namespace

StoredObservation ObservationColumns::read(const SqlRow& row) const {
    const RowReader in(row, database_);
    StoredObservation o;
    o.record = record_of(in);
    o.report_id = in.integer(kReportId);
    o.file_name = in.text(kFileName).value_or("");
    o.period_end = in.text(kPeriodEnd);
    o.revision = static_cast<int>(in.integer(kRevision));
    o.superseded = in.integer(kSuperseded) != 0;
    return o;
}

void ObservationColumns::add(const SqlRow& row) {
    const RowReader in(row, database_);
    const bool same = pending_ && pending_->report_id == in.integer(kReportId) &&
                      pending_->record.measure_id == in.text(kMeasureId).value_or("");
    if (!same) {
        finish();
        pending_ = read(row);
    }
    if (in.text(kWarning)) pending_->record.warnings.push_back(*in.text(kWarning));
}

void ObservationColumns::finish() {
    if (pending_) on_observation_(*pending_);
    pending_.reset();
}

}  // namespace occx
