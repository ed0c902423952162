#include "text/block_rows.h"

namespace occx {

std::vector<RowCells> read_block_rows(const std::vector<std::string>&, const Sections&, const PatternPack&) {
    return {};
}

}  // namespace occx
