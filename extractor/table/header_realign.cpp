#include "table/header_realign.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "table/row_figures.h"
#include "table/strip_blocks.h"
#include "util/stats.h"
#include "util/text.h"

namespace occx {

namespace {

// Points a boundary must lie inside a word to cut it (a box's edge may touch its neighbour's).
constexpr double kCutSlack = 1.0;
// Carried extents that cut this many words or fewer, or this share of them, fit the page: a
// PDF's columns stay put, and a few long words or a note across columns cut its boundaries;
// a layout text's moved columns cut a word on most lines.
constexpr size_t kMaxFittingCuts = 2;
constexpr double kMaxFittingCutShare = 0.05;
// Fewer lines than this show too little of a page's columns to refit them.
constexpr size_t kMinRefitLines = 3;
// Alignment costs: a value column matched to text (or text to values) is a contradiction; a
// column with text left without a block, or a block left without a column, is a doubt; a
// column empty before but with text here is a lesser one. Distance only breaks ties.
constexpr double kKindMismatchCost = 1.0;
constexpr double kLostColumnCost = 1.0;
constexpr double kSpareBlockCost = 0.5;
constexpr double kFilledEmptyColumnCost = 0.25;
constexpr double kDistanceCost = 0.2;  // per page width between the column's and the block's centres
// A refit whose contradictions and doubts cost more than this is no surer than the carried extents.
constexpr double kMaxRefitCost = 2.0;
constexpr size_t kMinMatchedColumns = 3;

// Character cells a gap must span to part two blocks of character-cell text: more than the
// one a word space takes.
constexpr double kCellGapCharacters = 1.5;

using Kind = StripKind;
using Block = StripBlock;

// The width of a character cell: the median of the words' widths per character.
double character_width(const std::vector<const Line*>& lines) {
    std::vector<double> widths;
    for (const Line* line : lines)
        for (const Word* w : line->words)
            if (const size_t n = utf8_length(w->text); n > 0) widths.push_back(w->box.width() / double(n));
    return widths.empty() ? 0.0 : median(widths);
}

size_t strip_of(double x, size_t strips) {
    if (!std::isfinite(x)) return x < 0 ? 0 : strips;
    return static_cast<size_t>(std::clamp(x, 0.0, double(strips)));
}

double match_cost(Kind column, Kind block) {
    if (column == Kind::empty) return kFilledEmptyColumnCost;
    return column == block ? 0 : kKindMismatchCost;
}

// Each column's block (or -1), in order, by the cheapest monotone alignment; empty when the
// cheapest is not confident.
std::vector<int> align_columns(const std::vector<Kind>& kinds, const std::vector<double>& centers,
                               const std::vector<Block>& blocks, double width) {
    const size_t k = kinds.size(), s = blocks.size();
    const double inf = std::numeric_limits<double>::infinity();
    enum Step : int { none, lose_column, spare_block, match };
    // tables over (columns placed, blocks used), row-major
    const size_t row = s + 1;
    std::vector<double> cost((k + 1) * row, inf), doubt((k + 1) * row, 0);  // doubt: cost without distance
    std::vector<int> step((k + 1) * row, none);
    cost[0] = 0;
    auto relax = [&](size_t from, size_t i, size_t j, double c, double d, Step how) {
        const size_t to = i * row + j;
        if (cost[from] + c < cost[to]) {
            cost[to] = cost[from] + c;
            doubt[to] = doubt[from] + d;
            step[to] = how;
        }
    };
    for (size_t i = 0; i <= k; ++i)
        for (size_t j = 0; j <= s; ++j) {
            const size_t at = i * row + j;
            if (cost[at] == inf) continue;
            if (i < k) {
                const double lost = kinds[i] == Kind::empty ? 0 : kLostColumnCost;
                relax(at, i + 1, j, lost, lost, lose_column);
            }
            if (j < s) relax(at, i, j + 1, kSpareBlockCost, kSpareBlockCost, spare_block);
            if (i < k && j < s) {
                const double m = match_cost(kinds[i], blocks[j].kind);
                const double distance = kDistanceCost * std::abs(blocks[j].center() - centers[i]) / width;
                relax(at, i + 1, j + 1, m + distance, m, match);
            }
        }
    if (doubt[k * row + s] > kMaxRefitCost) return {};
    std::vector<int> assign(k, -1);
    size_t matched = 0;
    for (size_t i = k, j = s; i > 0 || j > 0;) {
        switch (step[i * row + j]) {
            case match: assign[--i] = static_cast<int>(--j); ++matched; break;
            case lose_column: --i; break;
            case spare_block: --j; break;
            default: return {};  // none: no step led here
        }
    }
    if (matched < kMinMatchedColumns) return {};
    return assign;
}

// The gap left of block j: from the end of the block before (or the page's edge) to its start.
std::pair<double, double> gap_before(const std::vector<Block>& blocks, size_t j) {
    const double start = double(blocks[j].start);
    return {j == 0 ? std::max(0.0, start - 1.0) : double(blocks[j - 1].end), start};
}

// Columns with no block on this page (a status drawn, not printed) share the gap between their
// neighbours' blocks, so that a drawn marker there still falls in its column.
Header with_extents_from(const Header& carried, const std::vector<int>& assign, const std::vector<Block>& blocks) {
    Header h = carried;
    auto& cols = h.columns;
    size_t i = 0;
    while (i + 1 < cols.size()) {
        size_t right = i + 1;  // the next column with a block; those before it have none
        while (right < cols.size() && assign[right] < 0) ++right;
        const size_t boundaries = right - i;  // between columns i..right
        auto [lo, hi] = right < cols.size() ? gap_before(blocks, size_t(assign[right]))
                                            : std::pair{blocks.back().end + 1.0, blocks.back().end + 1.0};
        for (size_t k = 0; k < boundaries && i + k + 1 < cols.size(); ++k) {
            const double at = boundaries == 1 ? (lo + hi) / 2 : lo + (hi - lo) * double(k) / double(boundaries - 1);
            cols[i + k].x1 = at;
            cols[i + k + 1].x0 = at;
        }
        i = right;
    }
    cols.front().x0 = -std::numeric_limits<double>::infinity();
    cols.back().x1 = std::numeric_limits<double>::infinity();
    return h;
}

}  // namespace

size_t words_cut_by_boundaries(const Header& header, const std::vector<const Line*>& lines) {
    size_t cut = 0;
    for (const Line* line : lines)
        for (const Word* w : line->words)
            for (size_t i = 0; i + 1 < header.columns.size(); ++i) {
                const double b = header.columns[i].x1;
                if (w->box.x0 + kCutSlack < b && b < w->box.x1 - kCutSlack) {
                    ++cut;
                    break;
                }
            }
    return cut;
}

std::optional<Header> refit_carried_header(const Header& carried, const ColumnEvidence& model_evidence,
                                           const std::vector<const Line*>& lines, double page_width,
                                           bool character_cells) {
    if (lines.size() < kMinRefitLines || carried.columns.size() < kMinMatchedColumns) return std::nullopt;
    const size_t cut_before = words_cut_by_boundaries(carried, lines);
    size_t words = 0;
    for (const Line* l : lines) words += l->words.size();
    if (cut_before <= std::max<double>(kMaxFittingCuts, kMaxFittingCutShare * double(words))) return std::nullopt;

    ColumnEvidence page(page_width);
    page.add(lines);
    const double min_gap = character_cells ? std::max(kMinBlockGap, kCellGapCharacters * character_width(lines))
                                           : kMinBlockGap;
    const std::vector<Block> blocks = strip_blocks(page, min_gap);
    if (blocks.size() < kMinMatchedColumns) return std::nullopt;

    const size_t strips = model_evidence.coverage.size();
    std::vector<Kind> kinds;
    std::vector<double> centers;
    for (const auto& c : carried.columns) {
        const size_t lo = strip_of(c.x0, strips), hi = strip_of(c.x1, strips);
        kinds.push_back(hi > lo ? strip_kind(model_evidence, lo, hi) : Kind::empty);
        // A column the header names for prose holds text, though the model's rows left it empty:
        // a comment's block is then no candidate for a status column the model's rows also
        // left empty, which would move every later column one place on.
        if (kinds.back() == Kind::empty && kind_of_column(c) == ColumnKind::prose) kinds.back() = Kind::text;
        centers.push_back(c.center());
    }
    const double width = std::max(1.0, double(page.coverage.size()));
    const std::vector<int> assign = align_columns(kinds, centers, blocks, width);
    // every layout prints the measure first: a refit that finds no block for it moved the columns
    if (assign.empty() || assign.front() < 0) return std::nullopt;
    Header refit = with_extents_from(carried, assign, blocks);
    if (words_cut_by_boundaries(refit, lines) >= cut_before) return std::nullopt;
    return refit;
}

}  // namespace occx
