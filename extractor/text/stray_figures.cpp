#include "text/stray_figures.h"

#include <algorithm>

#include "text/cell_tokens.h"
#include "text/columns.h"

namespace occx::plain {

namespace {

// The flow keeps each column's cells in order and a row's cells together, so a row whose figures
// were set after a later id, or before its own, leaves its neighbours a whole number of rows'
// figures too many or too few.

// The figures in a row's run: its values, not its statuses nor the markers ("n/a") that may be either.
std::vector<std::string> figures_of(const RowCells& row, const PatternPack& pack) {
    std::vector<std::string> out;
    for (const auto& t : row.value_run)
        if (!is_status_token(t, pack)) out.push_back(t);
    return out;
}

// A marker ("n/r", "n/a") stands for a value or a status: a row that printed one read its cells.
bool has_marker(const RowCells& row, const PatternPack& pack) {
    return std::any_of(row.value_run.begin(), row.value_run.end(),
                       [&](const std::string& t) { return is_value_token(t, pack) && is_status_token(t, pack); });
}

// One row's worth of figures: the value (not status) columns the header declares.
size_t figure_share(const RowCells& row) {
    return static_cast<size_t>(std::count_if(row.value_slots.begin(), row.value_slots.end(),
                                             [](const std::string& k) { return !is_status_key(k); }));
}

// A row that may take part in a stretch: read by position, with none (and no marker) or whole
// rows' figures other than its own exact share.
bool misplaced_count(const RowCells& row, size_t share, size_t figures, const PatternPack& pack) {
    if (row.value_slots.empty() || figure_share(row) != share || figures == share) return false;
    return figures == 0 ? !has_marker(row, pack) : figures % share == 0;
}

// "value 'x' could not be assigned": x is one of the tokens now dealt (a figure, or any token
// when the statuses are dealt too).
bool names_dealt_token(const std::string& warning, bool statuses_dealt, const PatternPack& pack) {
    const std::string head = "value '";
    const size_t end = warning.find("' could not be assigned");
    if (warning.rfind(head, 0) != 0 || end == std::string::npos) return false;
    return statuses_dealt || !is_status_token(warning.substr(head.size(), end - head.size()), pack);
}

using Parts = std::vector<std::vector<std::string>>;

// Consecutive parts of the given size, each of which must hold exactly `share` figures; empty
// when the tokens do not cut so.
Parts cut(const std::vector<std::string>& tokens, size_t size, size_t share, const PatternPack& pack) {
    Parts parts;
    if (size == 0 || tokens.size() % size != 0) return {};
    for (auto from = tokens.begin(); from != tokens.end(); from += static_cast<long>(size)) {
        std::vector<std::string> part(from, from + static_cast<long>(size));
        if (static_cast<size_t>(std::count_if(part.begin(), part.end(), [&](const std::string& t) {
                return !is_status_token(t, pack);
            })) != share)
            return {};
        parts.push_back(std::move(part));
    }
    return parts;
}

// The row's value cells from this part, in its slots' order: figures to value columns, statuses
// to status columns. Without statuses in the part the row keeps the statuses it read.
void set_cells(RowCells& row, const std::vector<std::string>& part, bool with_statuses, const PatternPack& pack) {
    for (auto it = row.cells.begin(); it != row.cells.end();)
        it = is_value_key(it->first) && (with_statuses || !is_status_key(it->first)) ? row.cells.erase(it)
                                                                                    : std::next(it);
    std::erase_if(row.warnings, [&](const std::string& w) { return names_dealt_token(w, with_statuses, pack); });
    std::vector<std::string> slots = row.value_slots;
    for (const auto& t : part) {
        const bool status = is_status_token(t, pack);
        auto slot = std::find_if(slots.begin(), slots.end(),
                                 [&](const std::string& k) { return is_status_key(k) == status; });
        if (slot == slots.end()) continue;  // cut() counted them: not reached
        row.cells[*slot] = t;
        slots.erase(slot);
    }
    row.value_run = part;
    row.warnings.push_back("figures printed away from the row's id: dealt to the rows around them in row order");
}

// A row's part of the stretch's cells: its whole run of slots where every part holds a row's
// figures and statuses in turn (statuses printed as words), else its figures alone.
void deal_stretch(std::vector<RowCells>& rows, size_t first, size_t last, size_t share, const PatternPack& pack) {
    std::vector<std::string> tokens, figures;
    for (size_t i = first; i <= last; ++i) {
        tokens.insert(tokens.end(), rows[i].value_run.begin(), rows[i].value_run.end());
        auto own = figures_of(rows[i], pack);
        figures.insert(figures.end(), own.begin(), own.end());
    }
    const size_t slots = rows[first].value_slots.size();
    Parts parts = slots > share ? cut(tokens, slots, share, pack) : Parts{};
    const bool with_statuses = !parts.empty();
    if (!with_statuses) parts = cut(figures, share, share, pack);
    if (parts.size() != last - first + 1) return;  // the caller's count says they cut; never read past them
    for (size_t i = first; i <= last; ++i) set_cells(rows[i], parts[i - first], with_statuses, pack);
}

}  // namespace

void deal_stray_figures(std::vector<RowCells>& rows, const PatternPack& pack) {
    size_t i = 0;
    while (i < rows.size()) {
        const size_t share = figure_share(rows[i]);
        if (share == 0 || !misplaced_count(rows[i], share, figures_of(rows[i], pack).size(), pack)) {
            ++i;
            continue;
        }
        // the stretch: the first run of misplaced counts from here on that adds up to whole rows
        size_t figures = 0, last = i;
        for (size_t j = i; j < rows.size(); ++j) {
            const size_t n = figures_of(rows[j], pack).size();
            if (!misplaced_count(rows[j], share, n, pack)) break;
            figures += n;
            if (figures == (j - i + 1) * share) {
                last = j;
                break;
            }
        }
        if (last > i) deal_stretch(rows, i, last, share, pack);
        i = last + 1;
    }
}

}  // namespace occx::plain
