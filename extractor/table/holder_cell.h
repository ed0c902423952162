#pragma once
// The director's and the portfolio holder's cells, which sit side by side. A converter that
// closes up space (pdftotext -layout) may set them a single space apart ("Catriona Cllr C" over
// "Northcott Greaves"), so that both names fall under one label. A holder's title and initial
// ("Cllr C": patterns text.holder) say where the holder's cell starts, on that line and the
// lines under it.
#include <vector>

#include "model/table_row.h"
#include "patterns/pattern_pack.h"

namespace occx {

struct NameCells {
    std::vector<Fragment> director, holder;
};

// The row's two name cells, the holder's words that the director's cell took given back.
NameCells part_name_cells(const RowDraft& row, const PatternPack& pack);

}  // namespace occx
