#include "text/row_line.h"

#include <cctype>

#include "text/cell_tokens.h"
#include "util/text.h"

namespace occx::plain {

namespace {

// Figures a line must end with to be a row's cells: a title may hold one number of its own
// ("answered within 30 days"), but not two in a run with nothing but cells between them.
constexpr size_t kMinRowFigures = 2;
// Garbled cells a row's run of figures may hold: its period and year-to-date statuses, and a
// third for one that OCR split in two. Always fewer than the figures themselves.
constexpr size_t kMaxGarbledCells = 3;
// A lower-case word this long is prose (the title's), never a garbled cell; shorter ones are
// what OCR makes of a mark ("ni", "oe").
constexpr size_t kMinProseWord = 3;
// The mark columns a row may print between its title and its figures: unit and trend.
constexpr size_t kMaxMarkCells = 2;
// A token this short in the trend column (after the unit) is the arrow OCR read as a letter.
constexpr size_t kMaxUnreadMark = 2;

bool is_figure(const std::string& tok, const PatternPack& pack) {
    return is_value_token(tok, pack) && !is_status_token(tok, pack);
}

std::string without_edge_punctuation(const std::string& tok) {
    size_t b = 0, e = tok.size();
    while (b < e && std::ispunct(static_cast<unsigned char>(tok[b]))) ++b;
    while (e > b && std::ispunct(static_cast<unsigned char>(tok[e - 1]))) --e;
    return tok.substr(b, e - b);
}

// A status word in the brackets or bars that a coloured cell's edges became ("[AMBER]", "|RED").
std::optional<std::string> status_in(const std::string& tok, const PatternPack& pack) {
    if (is_status_token(tok, pack)) return tok;
    std::string core = without_edge_punctuation(tok);
    if (!core.empty() && is_status_token(core, pack)) return core;
    return std::nullopt;
}

// A lower-case word, or one that ends a sentence ("Behind."): the title's or a comment's.
bool is_prose_word(const std::string& tok) {
    if (tok.size() >= 2 && tok.back() == '.' && std::isalpha(static_cast<unsigned char>(tok[tok.size() - 2])))
        return true;
    std::string core = without_edge_punctuation(tok);
    size_t letters = 0;
    for (char c : core)
        if (std::isalpha(static_cast<unsigned char>(c))) ++letters;
    return letters >= kMinProseWord && std::islower(static_cast<unsigned char>(core[0]));
}

// Whether toks[from..] is a row's run of figures: figures, statuses, rules and at most a few
// garbled cells, and no word of prose.
bool is_figure_run(const std::vector<std::string>& toks, size_t from, const PatternPack& pack) {
    size_t figures = 0, garbled = 0;
    for (size_t q = from; q < toks.size(); ++q) {
        const std::string& t = toks[q];
        if (is_rule_mark(t, pack) || status_in(t, pack)) continue;
        if (is_value_token(t, pack)) {
            if (is_figure(t, pack)) ++figures;
            continue;
        }
        if (is_prose_word(t)) return false;
        ++garbled;
    }
    return figures >= kMinRowFigures && garbled <= kMaxGarbledCells && garbled < figures;
}

// The unit and trend cells at one end of a line's tokens, taken off it: at the end of a title's
// tokens (back), or at the start of what follows a holder's name (front).
void take_marks(std::vector<std::string>& toks, bool back, RowLineCells& cells, const PatternPack& pack) {
    for (size_t n = 0; n < kMaxMarkCells && !toks.empty(); ++n) {
        const std::string& t = back ? toks.back() : toks.front();
        const std::string* beside_unit = back ? (toks.size() >= 2 ? &toks[toks.size() - 2] : nullptr)
                                              : (n > 0 && !cells.unit.empty() ? &cells.unit : nullptr);
        if (cells.unit.empty() && pack.full_matches_any("text.unit", t)) {
            cells.unit = t;
        } else if (cells.trend.empty() && pack.full_matches_any("text.trend", t)) {
            cells.trend = t;
        } else if (cells.trend.empty() && t.size() <= kMaxUnreadMark && beside_unit &&
                   pack.full_matches_any("text.unit", *beside_unit)) {
            ++cells.unread_marks;  // beside the unit, before the figures: the trend column
        } else {
            return;
        }
        if (back) toks.pop_back();
        else toks.erase(toks.begin());
    }
}

size_t count_figures(const std::vector<std::string>& toks, size_t from, size_t to, const PatternPack& pack) {
    size_t n = 0;
    for (size_t q = from; q < to; ++q)
        if (is_figure(toks[q], pack)) ++n;
    return n;
}

// toks[from, to) as the row's values: figures and readable statuses; the rest counts as unread.
void take_values(const std::vector<std::string>& toks, size_t from, size_t to, RowLineCells& cells,
                 const PatternPack& pack) {
    for (size_t q = from; q < to; ++q) {
        const std::string& t = toks[q];
        if (is_rule_mark(t, pack)) continue;
        if (is_value_token(t, pack)) cells.values.push_back(t);
        else if (auto status = status_in(t, pack)) cells.values.push_back(*status);
        else ++cells.unread_marks;
    }
}

}  // namespace

std::optional<RowLineCells> split_row_line(const std::string& line, size_t figure_slots, const PatternPack& pack) {
    const std::vector<std::string> toks = tokens_of(line);
    size_t start = toks.size();
    for (size_t p = 0; p < toks.size() && start == toks.size(); ++p)
        if (is_figure(toks[p], pack) && is_figure_run(toks, p, pack)) start = p;
    if (start == toks.size()) return std::nullopt;
    // More figures than the row has columns for: the first are a mark OCR read as a digit ("# 4 440.00").
    for (size_t figures = count_figures(toks, start, toks.size(), pack); figures > figure_slots; ++start)
        if (is_figure(toks[start], pack)) --figures;
    RowLineCells cells;
    take_values(toks, start, toks.size(), cells, pack);
    std::vector<std::string> title(toks.begin(), toks.begin() + static_cast<long>(start));
    take_marks(title, true, cells, pack);
    cells.title = join(title, " ");
    return cells;
}

std::optional<RowLineCells> split_leading_row_cells(const std::string& text, size_t figure_slots,
                                                    const PatternPack& pack) {
    std::vector<std::string> toks = tokens_of(text);
    RowLineCells cells;
    take_marks(toks, false, cells, pack);
    size_t end = 0;
    while (end < toks.size() && (is_rule_mark(toks[end], pack) || is_value_token(toks[end], pack) ||
                                 status_in(toks[end], pack)))
        ++end;
    size_t start = 0;
    for (size_t figures = count_figures(toks, 0, end, pack); figures > figure_slots && start < end; ++start)
        if (is_figure(toks[start], pack)) --figures;
    if (count_figures(toks, start, end, pack) < kMinRowFigures) return std::nullopt;
    take_values(toks, start, end, cells, pack);
    cells.title = join(std::vector<std::string>(toks.begin() + static_cast<long>(end), toks.end()), " ");
    return cells;
}

}  // namespace occx::plain
