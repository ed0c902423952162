#pragma once
#include <string>
#include <vector>

#include "model/table_row.h"

namespace occx {

// A line of a cell: its words in reading order (left to right), with the box they span.
struct CellLine {
    int page = 0;
    Box box;
    std::vector<const Fragment*> words;
};

// The cell's words grouped into lines (words sharing half their height), top to bottom, page by
// page; the lines point into fragments.
std::vector<CellLine> cell_lines(const std::vector<Fragment>& fragments);

// A cell's text: its words in reading order, lines joined by a space, paragraphs (a larger
// vertical gap) by "\n"; lines continued on the next page join with a space.
std::string assemble_cell_text(std::vector<Fragment> fragments);

}  // namespace occx
