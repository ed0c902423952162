#include "pipeline/page_text.h"

#include <algorithm>
#include <cmath>

#include "table/line.h"
#include "util/text.h"

namespace occx {

namespace {

// Wider than a word space, narrower than the gap between two table columns.
constexpr double kCellGap = 1.0;
// Lines of one header sit closer than this many line heights.
constexpr double kHeaderGap = 1.0;

struct CellLine {
    std::vector<Phrase> cells;
    Box box;
};

// A data row: a label, then at least two cells that hold numbers.
bool is_data_line(const CellLine& l) {
    if (l.cells.size() < 3) return false;
    int numeric = 0;
    for (size_t i = 1; i < l.cells.size(); ++i) numeric += has_digit(l.cells[i].text());
    return numeric >= 2;
}

bool close_below(const CellLine& upper, const CellLine& lower) {
    return lower.box.y0 - upper.box.y1 < kHeaderGap * upper.box.height();
}

std::string join_cells(const std::vector<std::string>& cells) {
    std::string out;
    for (size_t i = 0; i < cells.size(); ++i) out += (i ? "\t" : "") + cells[i];
    return out;
}

// A multi-line header (group labels over sub-labels, a row label and wrapped labels between
// them) laid on the grid of its most detailed line: one line of labels, where a label that
// spans several columns stands in the first and leaves the others empty, then the sub-labels.
std::vector<std::string> header_on_grid(const std::vector<CellLine>& band) {
    const CellLine* leaf = &band.front();
    for (const auto& l : band)
        if (l.cells.size() > leaf->cells.size()) leaf = &l;
    const size_t n = leaf->cells.size();
    std::vector<std::string> top(n + 1), bottom(n + 1);
    for (size_t j = 0; j < n; ++j) bottom[j + 1] = leaf->cells[j].text();
    // Labels stacked over the same columns (a label wrapped over lines) form one group label;
    // each sub-label column belongs to the nearest group, which stands in its first column.
    const double first_x = leaf->cells.front().box.x0;
    struct Group {
        Box box;
        std::string text;
    };
    std::vector<Group> groups;
    for (const auto& l : band) {
        if (&l == leaf) continue;
        for (const auto& c : l.cells) {
            if (c.box.x1 <= first_x) {
                top[0] += (top[0].empty() ? "" : " ") + c.text();
                continue;
            }
            auto stacked = std::find_if(groups.begin(), groups.end(), [&](const Group& g) {
                return overlap(g.box.x0, g.box.x1, c.box.x0, c.box.x1) >=
                       0.3 * std::min(g.box.width(), c.box.width());
            });
            if (stacked == groups.end()) {
                groups.push_back({c.box, c.text()});
            } else {
                stacked->box = union_box(stacked->box, c.box);
                stacked->text += " " + c.text();
            }
        }
    }
    std::vector<bool> placed(groups.size(), false);
    for (size_t j = 0; j < n && !groups.empty(); ++j) {
        size_t best = 0;
        for (size_t k = 1; k < groups.size(); ++k)
            if (std::abs(groups[k].box.center_x() - leaf->cells[j].box.center_x()) <
                std::abs(groups[best].box.center_x() - leaf->cells[j].box.center_x()))
                best = k;
        if (placed[best]) continue;
        placed[best] = true;
        top[j + 1] = groups[best].text;
    }
    return {join_cells(top), join_cells(bottom)};
}

}  // namespace

std::vector<std::string> lines_as_cells(const Page& page, const PatternPack& pack) {
    const std::vector<Word> words = content_words(page, pack);
    std::vector<CellLine> lines;
    for (const auto& line : group_lines(words))
        if (!is_furniture(line, pack)) lines.push_back({split_phrases(line, kCellGap), line.box});
    std::vector<std::string> out;
    for (size_t i = 0; i < lines.size(); ++i) {
        // A band of close, label-only lines right above a data row is a table header.
        size_t end = i + 1;
        while (end < lines.size() && close_below(lines[end - 1], lines[end]) && !is_data_line(lines[end])) ++end;
        bool header = end > i + 1 && end < lines.size() && is_data_line(lines[end]);
        if (header) {
            for (auto& l : header_on_grid({lines.begin() + long(i), lines.begin() + long(end)})) out.push_back(l);
            i = end - 1;
            continue;
        }
        std::vector<std::string> cells;
        for (const auto& c : lines[i].cells) cells.push_back(c.text());
        out.push_back(join_cells(cells));
    }
    return out;
}

}  // namespace occx
