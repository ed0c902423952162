#pragma once
// A page's words as text lines whose table cells are separated by tabs: the form the text
// parsers read, so a Cabinet covering report in PDF goes through the same parser as its
// converted text.
#include <string>
#include <vector>

#include "model/document.h"
#include "patterns/pattern_pack.h"

namespace occx {

std::vector<std::string> lines_as_cells(const Page& page, const PatternPack& pack);

}  // namespace occx
