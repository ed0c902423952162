#include "model/table_row.h"

namespace occx {

void RowDraft::add(const std::string& key, Fragment f) { cells[key].push_back(std::move(f)); }

void RowDraft::touch(int page, const Box& b) {
    auto it = extent.find(page);
    if (it == extent.end()) extent.emplace(page, b);
    else it->second = union_box(it->second, b);
}

}  // namespace occx
