#include "pdf/page_text.h"

#include "table/line.h"

namespace occx {

namespace {

// Wider than a word space, narrower than the gap between two table columns.
constexpr double kCellGap = 1.0;

}  // namespace

std::vector<std::string> lines_as_cells(const Page& page) {
    std::vector<std::string> out;
    for (const auto& line : group_lines(page.words)) {
        std::string text;
        for (const auto& phrase : split_phrases(line, kCellGap)) {
            if (!text.empty()) text += '\t';
            text += phrase.text();
        }
        out.push_back(std::move(text));
    }
    return out;
}

}  // namespace occx
