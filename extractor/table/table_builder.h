#pragma once
#include <vector>

#include "model/document.h"
#include "model/record.h"
#include "patterns/pattern_pack.h"
#include "pipeline/extract.h"

namespace occx {

class TableBuilder {
public:
    explicit TableBuilder(const PatternPack& pack) : pack_(pack) {}
    void add_page(Page page) { (void)page; }
    std::vector<Record> finish(DocumentSummary*) { return {}; }

private:
    const PatternPack& pack_;
};

}  // namespace occx
