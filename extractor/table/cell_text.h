#pragma once
#include <string>
#include <vector>

#include "model/table_row.h"

namespace occx {

// A cell's text: its words in reading order, lines joined by a space, paragraphs (a larger
// vertical gap) by "\n"; lines continued on the next page join with a space.
std::string assemble_cell_text(std::vector<Fragment> fragments);

}  // namespace occx
