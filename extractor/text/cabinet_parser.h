#pragma once
// The Cabinet covering report's tables, read from lines of tab-separated cells (a markdown
// converter's output, or a PDF text layer turned into such lines).
#include <string>
#include <vector>

#include "model/cabinet.h"
#include "patterns/pattern_pack.h"

namespace occx {

// True when the lines hold a covering report's RAG summary or status-change tables.
bool looks_like_cabinet_report(const std::vector<std::string>& lines, const PatternPack& pack);

CabinetReport parse_cabinet_lines(const std::vector<std::string>& lines, const PatternPack& pack);

}  // namespace occx
