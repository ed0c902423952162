#include "text/value_order.h"

#include <algorithm>

#include "text/cell_tokens.h"
#include "util/text.h"

namespace occx::plain {

namespace {

// Runs whose ends must outvote the others before the runs decide where the status stands.
constexpr int kMinStatusVotes = 2;

enum class Cell { figure, status, either };

// A line of figures and printed statuses only, as cells; empty for any other line.
std::vector<Cell> run_cells(const std::string& line, const PatternPack& pack) {
    std::vector<Cell> out;
    const std::string t = trim(line);
    // a status glyph ("▲") alone: the token reader passes over marks without letters
    if (is_status_token(t, pack) && !is_value_token(t, pack)) return {Cell::status};
    for (const auto& tok : value_tokens(t, pack)) {
        const bool value = is_value_token(tok, pack), status = is_status_token(tok, pack);
        if (!value && !status) return {};
        out.push_back(value && status ? Cell::either : status ? Cell::status : Cell::figure);
    }
    return out;
}

// A run's vote: +1 when it opens with a status and closes with a figure, -1 the other way
// round; 0 when it holds no two figures or its ends do not tell (a marker, "n/a", may be either).
int vote_of(const std::vector<Cell>& run) {
    if (std::count(run.begin(), run.end(), Cell::figure) < 2) return 0;
    if (run.front() == Cell::status && run.back() == Cell::figure) return 1;
    if (run.front() == Cell::figure && run.back() == Cell::status) return -1;
    return 0;
}

}  // namespace

std::optional<bool> status_leads_in_runs(const std::vector<std::string>& lines, const PatternPack& pack) {
    int votes = 0, cast = 0;
    std::vector<Cell> run;
    auto close = [&]() {
        const int v = run.empty() ? 0 : vote_of(run);
        votes += v;
        cast += v != 0;
        run.clear();
    };
    for (const auto& line : lines) {
        if (trim(line).empty()) continue;  // the flow parts cells with blank lines
        auto cells = run_cells(line, pack);
        if (cells.empty()) close();
        run.insert(run.end(), cells.begin(), cells.end());
    }
    close();
    if (cast < kMinStatusVotes || votes == 0) return std::nullopt;
    return votes > 0;
}

namespace {

// The first label naming this part of a triple ("actual", "target", "status"), or the end.
std::vector<std::string>::const_iterator first_naming(const std::vector<std::string>& labels, const std::string& part) {
    return std::find_if(labels.begin(), labels.end(), [&](const std::string& k) { return k.ends_with(part); });
}

}  // namespace

bool names_actual_and_target(const std::vector<std::string>& labels) {
    return first_naming(labels, "actual") != labels.end() && first_naming(labels, "target") != labels.end();
}

std::vector<std::string> mirrored_value_order(const std::vector<std::string>& labels, std::optional<bool> status_leads) {
    const auto actual = first_naming(labels, "actual"), target = first_naming(labels, "target"),
               status = first_naming(labels, "status");
    if (actual == labels.end() && target == labels.end()) return {};
    const bool actual_first = actual < target;
    // without runs to tell, the status stands where its label was read against the figures'
    const bool leads = status_leads.value_or(status < std::min(actual, target));
    std::vector<std::string> order;
    for (const std::string group : {"period", "ytd"}) {
        if (leads) order.push_back(group + "_status");
        order.push_back(group + (actual_first ? "_actual" : "_target"));
        order.push_back(group + (actual_first ? "_target" : "_actual"));
        if (!leads) order.push_back(group + "_status");
    }
    return order;
}

}  // namespace occx::plain
