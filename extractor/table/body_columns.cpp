#include "table/body_columns.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

#include "table/strip_blocks.h"

namespace occx {

namespace {

// A strip is part of a value column when this share of the busiest strip's numbers cover it
// (one number per row fills a column; numbers inside prose are scattered).
constexpr double kValueColumnShare = 0.25;
// ... and never fewer numbers than this: two rows do not make a column.
constexpr int kMinValueColumnRows = 3;
// Points between a value column's middle and a label's middle past which the label is no
// nearer than having none (a column's values sit under its label, right- or left-aligned).
constexpr double kUnlabelledCost = 40;
// Points a block of commentary spans at the least: a column of prose holds several words a
// line, an inch or more, wider than any name, figure, status or trend column.
constexpr double kMinCommentColumnWidth = 72;
// ...and at its busiest strip, this many body lines cover it: a column of commentary runs down
// the table, while the end of one long title, parted from the rest by word spaces, does not.
constexpr int kMinCommentColumnLines = 3;

struct Island {
    double x0, x1;
    double center() const { return (x0 + x1) / 2; }
};

std::vector<Island> value_islands(const ColumnEvidence& ev) {
    const auto& n = ev.numbers;
    const int peak = n.empty() ? 0 : *std::max_element(n.begin(), n.end());
    const int floor = std::max(kMinValueColumnRows, static_cast<int>(std::ceil(kValueColumnShare * peak)));
    std::vector<Island> out;
    for (size_t b = 0; b < n.size();) {
        if (n[b] < floor) {
            ++b;
            continue;
        }
        size_t e = b;
        while (e < n.size() && n[e] >= floor) ++e;
        out.push_back({double(b), double(e)});
        b = e;
    }
    return out;
}

// Monotone alignment of islands to columns, each to at most one; an island left alone costs
// kUnlabelledCost, a column left alone (its values drawn, or none) costs nothing. Returns the
// islands that no column takes.
std::vector<Island> unlabelled(const std::vector<Island>& islands, const std::vector<Column>& cols) {
    const size_t I = islands.size(), C = cols.size();
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<std::vector<double>> cost(I + 1, std::vector<double>(C + 1, inf));
    for (size_t j = 0; j <= C; ++j) cost[0][j] = 0;
    for (size_t i = 1; i <= I; ++i)
        for (size_t j = 0; j <= C; ++j) {
            double best = cost[i - 1][j] + kUnlabelledCost;
            if (j > 0) {
                best = std::min(best, cost[i][j - 1]);
                best = std::min(best, cost[i - 1][j - 1] + std::abs(islands[i - 1].center() - cols[j - 1].center()));
            }
            cost[i][j] = best;
        }
    std::vector<Island> alone;
    for (size_t i = I, j = C; i > 0;) {
        if (j > 0 && cost[i][j] == cost[i][j - 1]) {
            --j;
        } else if (j > 0 &&
                   cost[i][j] == cost[i - 1][j - 1] + std::abs(islands[i - 1].center() - cols[j - 1].center())) {
            --i;
            --j;
        } else {
            alone.push_back(islands[--i]);
        }
    }
    return alone;
}

std::optional<std::string> group_of(const std::string& key) {
    for (const char* g : {"period_", "ytd_"})
        if (key.rfind(g, 0) == 0) return std::string(g);
    return std::nullopt;
}

// The key an unlabelled value column at x stands for: the actual or the target its group
// (that of the value column beside it) lacks, when exactly one of them is lacking.
std::optional<std::string> missing_key_at(const Header& header, double x) {
    const Column* left = nullptr;
    const Column* right = nullptr;
    for (const auto& c : header.columns) {
        if (c.center() < x) left = &c;
        else if (!right) right = &c;
    }
    std::optional<std::string> group = right ? group_of(right->key) : std::nullopt;
    if (!group && left) group = group_of(left->key);
    if (!group) return std::nullopt;
    std::vector<std::string> lacking;
    for (const char* role : {"actual", "target"})
        if (!header.find(*group + role)) lacking.push_back(*group + role);
    if (lacking.size() != 1) return std::nullopt;
    return lacking.front();
}

// Whether any label of the header is printed over strips [start, end).
bool labelled(const Header& header, const StripBlock& block) {
    return std::any_of(header.columns.begin(), header.columns.end(), [&](const Column& c) {
        return c.label_x1 > double(block.start) && c.label_x0 < double(block.end);
    });
}

// A table with a column of prose commentary whose header names none lost its label (an OCR'd
// tinted cell, a label set where the header engine does not look). The one block of body text
// that no label is printed over, inside the table's width and as wide as prose, is that
// column; two such blocks leave it unknown.
std::optional<Column> comment_column(const Header& header, const ColumnEvidence& evidence) {
    if (header.find("comment")) return std::nullopt;
    std::optional<Column> found;
    for (const StripBlock& block : strip_blocks(evidence)) {
        if (block.kind != StripKind::text || labelled(header, block)) continue;
        if (double(block.end - block.start) < kMinCommentColumnWidth) continue;
        if (*std::max_element(evidence.coverage.begin() + long(block.start), evidence.coverage.begin() + long(block.end)) <
            kMinCommentColumnLines)
            continue;
        if (double(block.start) < header.columns.front().label_x1 || double(block.end) > header.columns.back().label_x0)
            continue;
        if (found) return std::nullopt;
        found = Column{"comment", "(from the body's alignment)", double(block.start), double(block.end)};
    }
    return found;
}

void insert_column(Header& header, const Column& c) {
    auto at = std::find_if(header.columns.begin(), header.columns.end(),
                           [&](const Column& o) { return o.center() > c.center(); });
    header.columns.insert(at, c);
}

}  // namespace

std::vector<std::string> add_body_columns(Header& header, const ColumnEvidence& evidence) {
    if (header.columns.size() < 2) return {};
    std::map<std::string, Island> found;
    std::map<std::string, int> claims;
    for (const auto& island : unlabelled(value_islands(evidence), header.columns)) {
        // only between the header's first and last labels: the table's own width
        if (island.x0 < header.columns.front().label_x1 || island.x1 > header.columns.back().label_x0) continue;
        if (auto key = missing_key_at(header, island.center())) {
            found.emplace(*key, island);
            ++claims[*key];
        }
    }
    std::vector<std::string> added;
    for (const auto& [key, island] : found) {
        if (claims[key] != 1) continue;  // two candidates for one column: neither is sure
        insert_column(header, Column{key, "(from the body's alignment)", island.x0, island.x1});
        added.push_back(key);
    }
    if (auto comment = comment_column(header, evidence)) {
        insert_column(header, *comment);
        added.push_back(comment->key);
    }
    return added;
}

}  // namespace occx
