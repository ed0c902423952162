#include "text/record_builder.h"

#include <algorithm>
#include <map>

#include "normalize/value_parser.h"
#include "text/columns.h"
#include "text/markup.h"
#include "util/text.h"

namespace occx::plain {

int RowCells::completeness() const {
    int n = 0;
    for (const auto& [key, text] : cells)
        if (!text.empty()) n += is_value_key(key) ? 3 : 1;
    return n;
}

namespace {

// A cell's text through a tidying function; null when the row lacks it or it is empty.
OptString cell_text(const RowCells& row, const std::string& key, std::string (*tidy)(std::string_view)) {
    auto it = row.cells.find(key);
    if (it == row.cells.end()) return std::nullopt;
    std::string t = tidy(it->second);
    if (t.empty()) return std::nullopt;
    return t;
}

OptString one_line(const RowCells& row, const std::string& key) { return cell_text(row, key, collapse_whitespace); }

OptString paragraphs(const RowCells& row, const std::string& key) { return cell_text(row, key, tidy_paragraphs); }

OptString name(const RowCells& row, const std::string& key, const PatternPack& pack) {
    auto t = one_line(row, key);
    if (!t) return std::nullopt;
    return normalise_name(*t, pack);
}

std::optional<Value> value(const RowCells& row, const std::string& key, const PatternPack& pack,
                           std::vector<std::string>& warnings) {
    auto t = one_line(row, key);
    if (!t) return std::nullopt;
    if (is_watermark(*t, pack)) {
        warnings.push_back(key + " is hidden by the watermark ('" + *t + "')");
        return std::nullopt;
    }
    return parse_value(*t, pack, &warnings, key);
}

OptString status(const RowCells& row, const std::string& key, const PatternPack& pack,
                 std::vector<std::string>& warnings) {
    auto t = one_line(row, key);
    if (!t) return std::nullopt;
    auto s = parse_status(*t, pack);
    if (!s) warnings.push_back(key + " '" + *t + "' is not a status");
    return s;
}

Triple triple(const RowCells& row, const std::string& group, const PatternPack& pack,
              std::vector<std::string>& warnings) {
    Triple t;
    t.actual = value(row, group + ".actual", pack, warnings);
    t.target = value(row, group + ".target", pack, warnings);
    t.status = status(row, group + ".status", pack, warnings);
    return t;
}

}  // namespace

Record record_from_row(const RowCells& row, const ReportPeriod& period, const PatternPack& pack) {
    Record r;
    r.measure_id = row.id.id;
    r.priority_id = row.id.priority_id;
    r.priority_title = row.priority_title;
    r.warnings = row.warnings;
    r.title = one_line(row, "title");
    r.unit = one_line(row, "unit");
    r.trend = one_line(row, "trend");
    r.director = name(row, "director", pack);
    r.portfolio_holder = name(row, "portfolio_holder", pack);
    r.period = triple(row, "period", pack, r.warnings);
    r.ytd = triple(row, "ytd", pack, r.warnings);
    r.comment = paragraphs(row, "comment");
    r.improvement_plan = paragraphs(row, "improvement_plan");
    r.timeframe = paragraphs(row, "timeframe");
    r.finance_impact = paragraphs(row, "finance_impact");
    r.risk_impact = paragraphs(row, "risk_impact");
    r.report = period;
    r.source.method = "plain";
    // Each doubt lowers the estimate; an unread title or value triple too.
    double confidence = 1.0 - 0.1 * static_cast<double>(r.warnings.size());
    if (!r.title) confidence -= 0.2;
    if (!r.period.actual && !r.period.target && !r.ytd.actual && !r.ytd.target) confidence -= 0.3;
    r.confidence = confidence < 0.1 ? 0.1 : confidence;
    return r;
}

namespace {

// A repeated page prints the same figures (or part of them, when cut short); two rows of
// one id whose figures disagree were both printed, and validation must see both.
bool figures_conflict(const RowCells& a, const RowCells& b) {
    for (const char* key : {"period.actual", "period.target", "ytd.actual", "ytd.target"})
        if (a.has(key) && b.has(key) && collapse_whitespace(a.cells.at(key)) != collapse_whitespace(b.cells.at(key)))
            return true;
    return false;
}

}  // namespace

std::vector<RowCells> merge_repeated_rows(const std::vector<RowCells>& rows) {
    std::vector<RowCells> out;
    std::map<std::string, std::vector<size_t>> index;  // id → its rows in out
    for (const auto& row : rows) {
        auto& seen = index[row.id.id];
        auto same = std::find_if(seen.begin(), seen.end(), [&](size_t i) { return !figures_conflict(out[i], row); });
        if (same == seen.end()) {
            seen.push_back(out.size());
            out.push_back(row);
        } else if (row.completeness() > out[*same].completeness()) {
            out[*same] = row;
        }
    }
    return out;
}

}  // namespace occx::plain
