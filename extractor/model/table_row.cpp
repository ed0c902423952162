#include "model/table_row.h"

namespace occx {

void RowDraft::add(const std::string& key, Fragment f) { cells[key].push_back(std::move(f)); }

const std::vector<Fragment>* RowDraft::cell(const std::string& key) const {
    auto it = cells.find(key);
    return it == cells.end() ? nullptr : &it->second;
}

void RowDraft::touch(int page, const Box& b) {
    auto it = extent.find(page);
    if (it == extent.end()) extent.emplace(page, b);
    else it->second = union_box(it->second, b);
}

}  // namespace occx
