#include "table/holder_cell.h"

#include <optional>
#include <string>

#include "table/cell_text.h"

namespace occx {

namespace {

// Of a line's height: how far left of the holder's title a word on a later line may start and
// still be the holder's (a character cell's rounding in layout text).
constexpr double kNameColumnSlack = 0.5;

std::vector<Fragment> cell_of(const RowDraft& row, const char* key) {
    const auto* cell = row.cell(key);
    return cell ? *cell : std::vector<Fragment>{};
}

std::string line_text(const CellLine& line, std::vector<size_t>* starts = nullptr) {
    std::string text;
    for (const Fragment* f : line.words) {
        if (!text.empty()) text += ' ';
        if (starts) starts->push_back(text.size());
        text += f->text;
    }
    return text;
}

// The holder's line beside a director's line, if any.
const CellLine* line_beside(const CellLine& line, const std::vector<CellLine>& others) {
    for (const auto& o : others)
        if (o.page == line.page && o.box.y0 < line.box.y1 && line.box.y0 < o.box.y1) return &o;
    return nullptr;
}

struct Split {
    const CellLine* line;  // the director's line where the holder's title starts
    double x;              // where its first word starts
};

// Where the holder's title starts inside the director's cell: a word after the line's first.
// The holder's words beside the line are read after it, so a title set at the end of the
// director's line with its initial in the holder's cell ("Kirsty Ellwood Cllr" / "R Bellamy") is
// found too.
std::optional<Split> holder_title_in(const std::vector<CellLine>& director, const std::vector<CellLine>& holder,
                                     const PatternPack& pack) {
    for (const auto& line : director) {
        std::vector<size_t> starts;
        const std::string own = line_text(line, &starts);
        std::string probe = own;
        if (const CellLine* beside = line_beside(line, holder)) probe += " " + line_text(*beside);
        re2::StringPiece match;
        if (!pack.one("text.holder").Match(probe, 0, probe.size(), RE2::UNANCHORED, &match, 1)) continue;
        const size_t at = static_cast<size_t>(match.data() - probe.data());
        for (size_t k = 1; k < starts.size(); ++k)
            if (starts[k] == at) return Split{&line, line.words[k]->box.x0};
        return std::nullopt;  // the title starts the line, or inside a word: nothing to part
    }
    return std::nullopt;
}

}  // namespace

NameCells part_name_cells(const RowDraft& row, const PatternPack& pack) {
    NameCells cells{cell_of(row, "director"), cell_of(row, "portfolio_holder")};
    if (cells.director.empty()) return cells;
    const std::vector<CellLine> director = cell_lines(cells.director), holder = cell_lines(cells.holder);
    const auto split = holder_title_in(director, holder, pack);
    if (!split) return cells;
    const double from_x = split->x - kNameColumnSlack * split->line->box.height();
    const int page = split->line->page;
    const double from_y = split->line->box.y0;
    std::vector<Fragment> kept;
    for (auto& f : cells.director) {
        const bool holders = f.page == page && f.box.center_y() >= from_y && f.box.x0 >= from_x;
        (holders ? cells.holder : kept).push_back(std::move(f));
    }
    cells.director = std::move(kept);
    return cells;
}

}  // namespace occx
