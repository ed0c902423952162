#include "table/line_columns.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <utility>

#include "normalize/fields.h"
#include "table/gutters.h"
#include "table/row_figures.h"
#include "table/stray_letters.h"
#include "util/text.h"

namespace occx {

namespace {

// Line heights between two words of one phrase (as split_phrases): wider is a gutter.
constexpr double kWordSpace = 0.8;
// A line with more blocks than this is prose, not a row's line; the alignment costs grow with
// the square of the blocks.
constexpr size_t kMaxChunks = 48;
// A watermark's letters as a converter lays them out (table/stray_letters.h): a few words at
// most on one line.
constexpr size_t kMaxStrayWords = 3;
// Words of a mark: a name, or a value printed in words ("Delivering to plan", "Slightly behind
// schedule"); longer runs are prose.
constexpr size_t kMaxMarkWords = 3;
// Characters of a unit or an arrow set alone ("£", "km", "No.", "↑").
constexpr size_t kMaxSymbolLength = 4;
// Costs. A block whose kind its column cannot hold (prose in a value column, a figure as a
// unit or a status) is a contradiction; a short word in a value column is a doubt (a marker
// such as "Nil" or "TBC" that the value reader may still take).
constexpr double kContradiction = 3.0;
constexpr double kDoubt = 1.0;
// A few words alone in a value column: a value printed in words ("Delivering to plan"), less
// doubtful than a lone word there, which is as likely a stray.
constexpr double kWordsAsValue = 0.5;
// Figures alone in a prose column: usually a value pushed out of place (a timeframe may be a date).
constexpr double kFiguresAsProse = 0.3;
// A status word alone in a prose column: likewise a status pushed out of place (a converter
// closes up an empty column beside it), yet a comment may name one. A status letter alone costs
// nothing there: it is as likely a watermark's letter or a sentence's first word.
constexpr double kStatusAsProse = 0.3;
// What a boundary between two chunks costs, joined into one cell or parted between two: chunks
// a gutter apart, two figures side by side, or words the header's columns part are two cells
// unless something says otherwise; words a space apart are one (converters set neighbouring
// cells a single space apart only when they run out of room).
constexpr double kMergeAcrossGutter = 0.5;
constexpr double kMergeFigures = 1.0;
// (Words a space apart that the header's columns part cost little to keep together: the header's
// place says less about a layout converter's row than its single space does.)
constexpr double kMergeAcrossColumns = 0.15;
constexpr double kSplitPhrase = 0.3;
// Per line height. Where the row's own cell of a column started is the surest guide to where
// its later lines' cells start; then the gap between two cells' starts against the gap between
// their columns' starts (converters move whole runs of columns, keeping the spaces between
// neighbours); then where the header's column lies. A gap narrower than the header's costs
// less than a wider one: converters close up the space of empty columns (a status drawn, not
// printed), but seldom open space that was not there.
constexpr double kAnchorCost = 0.02;
constexpr double kWiderGapCost = 0.05;
constexpr double kNarrowerGapCost = 0.01;
constexpr double kPlaceCost = 0.01;
// A gap far from the header's says the columns moved apart by different amounts on this row,
// not which column a cell is: it costs no more than this.
constexpr double kMaxGapCost = 0.3;

enum class BlockKind { figures, marker, status, status_letter, symbol, mark, prose };

struct Chunk {
    size_t first = 0, end = 0;  // words [first, end)
    double x0 = 0;
    BlockKind kind = BlockKind::prose;
    double merge_cost = 0;  // joining it to the chunk before, in one cell
    double split_cost = 0;  // parting it from the chunk before, in two
    bool after_gutter = false;
};

bool is_marker(const std::string& t, const PatternPack& pack) {
    return is_dash(t) || pack.full_matches_any("values.not_applicable", t) ||
           pack.full_matches_any("values.not_reported", t);
}
bool is_figure(const std::string& t, const PatternPack& pack) { return is_number_word(t) || is_marker(t, pack); }

// A status printed as a word or a glyph ("GREEN", "★"). A status letter ("A", "R") is not
// counted: alone it is as likely the start of a sentence.
bool is_status_word(const std::string& t, const PatternPack& pack) {
    const bool letter = t.size() == 1 && std::isalpha(static_cast<unsigned char>(t[0])) != 0;
    return !letter && parse_status(t, pack).has_value();
}

size_t letters_in(const std::string& t) {
    return size_t(std::count_if(t.begin(), t.end(), [](unsigned char c) { return std::isalpha(c) != 0; }));
}

// Figures: numbers with at most a sign beside them; a marker: what a value or status cell
// prints for no figure (n/a, n/r, a dash); a status as printed (a word, a letter, a glyph); a
// symbol: one short word (a unit, an arrow); a mark: a few words with no figure (a name, a
// value in words); prose: the rest.
BlockKind kind_of_words(const std::vector<const Word*>& words, size_t first, size_t end, const PatternPack& pack) {
    if (end - first == 1 && is_marker(words[first]->text, pack)) return BlockKind::marker;
    size_t figures = 0, wordy = 0;
    std::string text;
    for (size_t i = first; i < end; ++i) {
        if (is_number_word(words[i]->text)) ++figures;
        else if (letters_in(words[i]->text) >= 2) ++wordy;
        text += (text.empty() ? "" : " ") + words[i]->text;
    }
    if (figures > 0 && wordy == 0 && end - first <= 2) return BlockKind::figures;
    if (figures > 0 || end - first > kMaxMarkWords) return BlockKind::prose;
    if (parse_status(text, pack)) return is_status_word(text, pack) ? BlockKind::status : BlockKind::status_letter;
    if (end - first == 1 && utf8_length(text) <= kMaxSymbolLength) return BlockKind::symbol;
    return BlockKind::mark;
}

// A few words with no figure: a value printed in words, or its next line.
bool is_wording(BlockKind kind) { return kind == BlockKind::mark || kind == BlockKind::symbol; }

double kind_cost(BlockKind block, ColumnKind column) {
    const bool figure = block == BlockKind::figures || block == BlockKind::marker;
    switch (column) {
        case ColumnKind::value:
            return figure                         ? 0
                   : block == BlockKind::prose    ? kContradiction
                   : block == BlockKind::mark     ? kWordsAsValue
                                                  : kDoubt;
        case ColumnKind::status:
            return block == BlockKind::status || block == BlockKind::status_letter || block == BlockKind::marker ? 0
                   : block == BlockKind::symbol                             ? kDoubt
                                                                            : kContradiction;
        case ColumnKind::mark:
            return block == BlockKind::symbol ? 0 : block == BlockKind::prose || figure ? kContradiction : kDoubt;
        case ColumnKind::prose: return figure ? kFiguresAsProse : block == BlockKind::status ? kStatusAsProse : 0;
        case ColumnKind::unnamed: return kDoubt;  // its words are dropped: any other column is likelier
    }
    return 0;
}

// The column a word at x falls in, by where this row's columns start.
size_t column_from_starts(const std::vector<double>& starts, double x) {
    size_t at = 0;
    for (size_t c = 1; c < starts.size(); ++c)
        if (starts[c] <= x) at = c;
    return at;
}

// The line's chunks, the pieces a cell is made of: a new one starts at a gutter, between two
// figures, between a figure and prose, between a status word and any other word (a converter
// sets a trend's arrow and the status beside it a space apart), and where the row's columns
// part two words set a space apart.
std::vector<Chunk> chunks_of(const Line& line, const std::vector<double>& starts, double word_space,
                             const PatternPack& pack) {
    std::vector<Chunk> chunks;
    const auto& w = line.words;
    std::vector<bool> figure, status;  // each word's, once: the patterns cost more than the rest
    for (const Word* word : w) {
        figure.push_back(is_figure(word->text, pack));
        status.push_back(!figure.back() && is_status_word(word->text, pack));
    }
    for (size_t i = 0; i < w.size(); ++i) {
        if (i == 0) {
            chunks.push_back(Chunk{i, i + 1, w[i]->box.x0, BlockKind::prose, 0, 0, true});
            continue;
        }
        const bool gutter = w[i]->box.x0 - w[i - 1]->box.x1 > word_space;
        const bool a = figure[i - 1], b = figure[i];
        const bool crosses = column_from_starts(starts, w[i - 1]->box.center_x()) != column_from_starts(starts, w[i]->box.center_x());
        double merge = 0, split = 0;
        if (gutter) merge = kMergeAcrossGutter;
        else if (a && b) merge = kMergeFigures;
        else if (crosses) merge = kMergeAcrossColumns;
        else if (a || b || status[i - 1] != status[i]) split = kSplitPhrase;
        else {
            chunks.back().end = i + 1;
            continue;
        }
        chunks.push_back(Chunk{i, i + 1, w[i]->box.x0, BlockKind::prose, merge, split, gutter});
    }
    for (auto& c : chunks) c.kind = kind_of_words(w, c.first, c.end, pack);
    return chunks;
}

// Where the header's column starts, before any shift: the first column from the page's edge.
double header_start(const Header& header, size_t c) {
    const Column& col = header.columns[c];
    if (c == 0) return -std::numeric_limits<double>::infinity();
    return std::isfinite(col.x0) ? col.x0 : col.label_x0;
}

// Where each column should start on this row: where the row's own cells started, else the
// header's start moved as far as the nearest column the row has shown (left first) moved.
std::vector<double> expected_starts(const Header& header, const RowColumnStarts& row) {
    const size_t k = header.columns.size();
    std::vector<double> out(k);
    for (size_t c = 0; c < k; ++c) {
        if (!std::isnan(row.x0[c])) {
            out[c] = row.x0[c];
            continue;
        }
        double shift = 0;
        bool found = false;
        for (size_t d = c; d-- > 1 && !found;)
            if (!std::isnan(row.x0[d])) shift = row.x0[d] - header_start(header, d), found = true;
        for (size_t d = c + 1; d < k && !found; ++d)
            if (!std::isnan(row.x0[d])) shift = row.x0[d] - header_start(header, d), found = true;
        out[c] = header_start(header, c) + shift;
    }
    return out;
}

// Where words set a space apart may still be two cells: where the row's own cells started, or,
// before its lines have shown any but the first column, where the header's columns start.
std::vector<double> part_starts(const Header& header, const RowColumnStarts& row) {
    const size_t k = header.columns.size();
    bool any = false;
    for (size_t c = 1; c < k; ++c) any = any || !std::isnan(row.x0[c]);
    std::vector<double> out(k, std::numeric_limits<double>::infinity());
    out[0] = -std::numeric_limits<double>::infinity();
    for (size_t c = 1; c < k; ++c) out[c] = any ? (std::isnan(row.x0[c]) ? out[c] : row.x0[c]) : header_start(header, c);
    return out;
}

double outside(double x0, double lo, double hi, double unit) {
    if (x0 < lo) return lo - x0 + unit;
    if (x0 >= hi) return x0 - hi + unit;
    return 0;
}

struct Aligner {
    const std::vector<Chunk>& chunks;
    std::vector<ColumnKind> kinds;
    std::vector<double> starts;
    std::vector<bool> known;
    std::vector<bool> worded;  // value cells the row began in words
    double unit;  // a line height, in points
    // prefix[c][m]: the kind and place costs of chunks [0, m) all in column c
    std::vector<std::vector<double>> prefix;
    std::vector<double> merges;  // merges[m]: the merge costs of chunks [1, m)

    double place_cost(const Chunk& ch, size_t c) const {
        const double lo = starts[c];
        const double hi = c + 1 < starts.size() ? starts[c + 1] : std::numeric_limits<double>::infinity();
        if (!(hi > lo)) return kPlaceCost * std::abs(ch.x0 - lo) / unit;
        return kPlaceCost * outside(ch.x0, lo, hi, unit) / unit;
    }

    // Words go on a value cell that the row began in words as they would a prose cell.
    // A unit or a trend is one short mark that never wraps: once the row's line has shown it,
    // a word under it on a later line is a neighbour's, set a little off its own column.
    double kind_cost_in_row(BlockKind block, size_t c) const {
        if (worded[c] && is_wording(block)) return 0;
        if (kinds[c] == ColumnKind::mark && known[c]) return kDoubt + kind_cost(block, kinds[c]);
        return kind_cost(block, kinds[c]);
    }

    // A cell that starts where this row's cell of that column started: a row's later lines are
    // set flush with its first.
    double anchor_cost(const Chunk& ch, size_t c) const {
        return known[c] ? kAnchorCost * std::abs(ch.x0 - starts[c]) / unit : 0;
    }

    void prepare() {
        const size_t n = chunks.size(), k = kinds.size();
        prefix.assign(k, std::vector<double>(n + 1, 0));
        for (size_t c = 0; c < k; ++c)
            for (size_t m = 0; m < n; ++m)
                prefix[c][m + 1] = prefix[c][m] + kind_cost_in_row(chunks[m].kind, c) + place_cost(chunks[m], c);
        merges.assign(n + 1, 0);
        for (size_t m = 2; m <= n; ++m) merges[m] = merges[m - 1] + chunks[m - 1].merge_cost;
    }

    // chunks [j, i) as one cell of column c
    double cell_cost(size_t j, size_t i, size_t c) const {
        return prefix[c][i] - prefix[c][j] + merges[i] - merges[j + 1] + anchor_cost(chunks[j], c);
    }

    double gap_cost(size_t j, size_t prev_col, size_t i, size_t c) const {
        if (prev_col == 0 && !known[0]) return 0;  // the first column's start is the page's edge
        const double seen = chunks[i].x0 - chunks[j].x0;
        const double meant = starts[c] - starts[prev_col];
        const double cost = (seen > meant ? kWiderGapCost : kNarrowerGapCost) * std::abs(seen - meant) / unit;
        return std::min(cost, kMaxGapCost);
    }

    // Each chunk's column, by the cheapest monotone alignment.
    std::vector<size_t> solve() const {
        const size_t n = chunks.size(), k = kinds.size();
        const double inf = std::numeric_limits<double>::infinity();
        // best[i * k + c]: cost of chunks [0, i) when chunk i starts a cell in column c
        std::vector<double> best(n * k, inf);
        std::vector<std::pair<size_t, size_t>> from(n * k, {n, k});
        for (size_t c = 0; c < k; ++c) best[c] = 0;
        for (size_t i = 1; i < n; ++i) {
            const double split = chunks[i].split_cost;
            for (size_t j = 0; j < i; ++j)
                for (size_t pc = 0; pc + 1 < k; ++pc) {
                    const double base = best[j * k + pc];
                    if (base == inf) continue;
                    const double cell = base + cell_cost(j, i, pc) + split;
                    for (size_t c = pc + 1; c < k; ++c) {
                        const double total = cell + gap_cost(j, pc, i, c);
                        if (total < best[i * k + c]) {
                            best[i * k + c] = total;
                            from[i * k + c] = {j, pc};
                        }
                    }
                }
        }
        double top = inf;
        size_t at_j = 0, at_c = 0;
        for (size_t j = 0; j < n; ++j)
            for (size_t c = 0; c < k; ++c) {
                if (best[j * k + c] == inf) continue;
                const double total = best[j * k + c] + cell_cost(j, n, c);
                if (total < top) top = total, at_j = j, at_c = c;
            }
        std::vector<size_t> column(n, 0);
        size_t end = n;
        while (true) {
            for (size_t m = at_j; m < end; ++m) column[m] = at_c;
            if (at_j == 0) break;
            auto [j, c] = from[at_j * k + at_c];
            end = at_j;
            at_j = j;
            at_c = c;
        }
        return column;
    }
};

// A capital letter or two standing alone, a gutter from any other word, where no status or
// unit column lies: the letters of a watermark set across the page ("D R A F T"), which a
// converter lays out among the cells, or an OCR speck.
bool is_stray_letter(const Chunk& ch, const Line& line) {
    for (size_t i = ch.first; i < ch.end; ++i) {
        if (!is_stray_capitals(line.words[i]->text)) return false;
    }
    return ch.end - ch.first <= kMaxStrayWords;
}

// A dash, or letters and dashes, under a value or status cell the row has already filled: what
// a cell prints for no figure is on the row's own line, so a dash below it is a watermark's
// ("NOT - FOR"), as are letters beside it.
bool is_stray_below_filled_cell(const Chunk& ch, const Line& line, ColumnKind under, bool filled) {
    if (!filled || (under != ColumnKind::value && under != ColumnKind::status)) return false;
    bool dash = false;
    for (size_t i = ch.first; i < ch.end; ++i) {
        const std::string& t = line.words[i]->text;
        if (!is_dash(t) && !is_stray_capitals(t)) return false;
        dash = dash || is_dash(t);
    }
    return dash && ch.end - ch.first <= kMaxStrayWords;
}

void drop_stray_letters(std::vector<Chunk>& chunks, const Line& line, const Header& header,
                        const std::vector<double>& starts, const RowColumnStarts& row, std::vector<size_t>& stray) {
    std::vector<Chunk> kept;
    for (size_t m = 0; m < chunks.size(); ++m) {
        const bool alone = chunks[m].after_gutter && (m + 1 == chunks.size() || chunks[m + 1].after_gutter);
        const size_t column = column_from_starts(starts, chunks[m].x0);
        const ColumnKind under = kind_of_column(header.columns[column]);
        // under a status or a unit column a lone letter may be the cell's ("A", "R", "K"), unless
        // the row has filled that cell already; two letters are not
        const bool one_letter = chunks[m].end - chunks[m].first == 1;
        const bool filled = !std::isnan(row.x0[column]);
        const bool may_be_cell = one_letter && !filled && (under == ColumnKind::status || under == ColumnKind::mark);
        if (alone && ((is_stray_letter(chunks[m], line) && !may_be_cell) ||
                      is_stray_below_filled_cell(chunks[m], line, under, filled))) {
            for (size_t i = chunks[m].first; i < chunks[m].end; ++i) stray.push_back(i);
            continue;
        }
        kept.push_back(chunks[m]);
    }
    chunks = std::move(kept);
}

double line_unit(const Line& line) {
    std::vector<double> heights;
    for (const auto* w : line.words) heights.push_back(w->box.height());
    return std::max(1.0, median(heights));
}

}  // namespace

std::vector<size_t> columns_by_position(const Line& line, const Header& header) {
    std::vector<size_t> cols;
    for (const auto* w : line.words) cols.push_back(column_at(header, w->box.center_x()));
    return cols;
}

void RowColumnStarts::reset(size_t columns) {
    x0.assign(columns, std::numeric_limits<double>::quiet_NaN());
    worded.assign(columns, false);
}

std::vector<size_t> align_line_to_columns(const Line& line, const Header& header, RowColumnStarts& row,
                                          const PatternPack& pack) {
    const size_t k = header.columns.size();
    if (row.x0.size() != k) row.reset(k);
    const double unit = line_unit(line);
    std::vector<double> starts = expected_starts(header, row);
    std::vector<Chunk> chunks = chunks_of(line, part_starts(header, row), kWordSpace * unit, pack);
    if (chunks.empty() || chunks.size() > kMaxChunks || k < 2) return columns_by_position(line, header);
    std::vector<size_t> stray;  // words of letters that belong to no cell
    drop_stray_letters(chunks, line, header, starts, row, stray);
    if (chunks.empty()) return std::vector<size_t>(line.words.size(), kNoColumn);

    Aligner aligner{chunks, {}, std::move(starts), {}, {}, unit, {}, {}};
    for (const auto& c : header.columns) aligner.kinds.push_back(kind_of_column(c));
    for (size_t c = 0; c < k; ++c) aligner.known.push_back(!std::isnan(row.x0[c]));
    aligner.worded = row.worded;
    aligner.prepare();
    const std::vector<size_t> chunk_columns = aligner.solve();

    std::vector<size_t> cols(line.words.size(), 0);
    for (size_t i : stray) cols[i] = kNoColumn;
    for (size_t m = 0; m < chunks.size(); ++m) {
        for (size_t i = chunks[m].first; i < chunks[m].end; ++i) cols[i] = chunk_columns[m];
        const bool starts_cell = m == 0 || chunk_columns[m - 1] != chunk_columns[m];
        const size_t c = chunk_columns[m];
        if (starts_cell && std::isnan(row.x0[c])) {
            row.x0[c] = chunks[m].x0;
            row.worded[c] = aligner.kinds[c] == ColumnKind::value && is_wording(chunks[m].kind);
        }
    }
    return cols;
}

}  // namespace occx
