#include "table/cell_text.h"

#include <algorithm>

#include "table/line.h"

namespace occx {

namespace {

constexpr double kParagraphGap = 0.8;  // of a line's height: more than leading, less than a blank line

}  // namespace

std::vector<CellLine> cell_lines(const std::vector<Fragment>& fragments) {
    std::vector<CellLine> lines;
    for (const auto& f : fragments) {
        CellLine* hit = nullptr;
        for (auto& l : lines) {
            if (l.page != f.page) continue;
            double shared = overlap(l.box.y0, l.box.y1, f.box.y0, f.box.y1);
            if (shared >= 0.5 * std::min(l.box.height(), f.box.height())) {
                hit = &l;
                break;
            }
        }
        if (!hit) {
            lines.push_back({f.page, f.box, {&f}});
            continue;
        }
        hit->words.push_back(&f);
        hit->box = union_box(hit->box, f.box);
    }
    std::sort(lines.begin(), lines.end(), [](const CellLine& a, const CellLine& b) {
        return a.page != b.page ? a.page < b.page : a.box.y0 < b.box.y0;
    });
    for (auto& l : lines)
        std::sort(l.words.begin(), l.words.end(),
                  [](const Fragment* a, const Fragment* b) { return a->box.x0 < b->box.x0; });
    return lines;
}

std::string assemble_cell_text(std::vector<Fragment> fragments) {
    auto lines = cell_lines(fragments);
    std::string out;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            const auto& prev = lines[i - 1];
            bool paragraph = prev.page == lines[i].page &&
                             lines[i].box.y0 - prev.box.y1 > kParagraphGap * prev.box.height();
            out += paragraph ? "\n" : " ";
        }
        for (size_t w = 0; w < lines[i].words.size(); ++w) {
            if (w > 0) out += ' ';
            out += lines[i].words[w]->text;
        }
    }
    return out;
}

}  // namespace occx
