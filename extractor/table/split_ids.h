#pragma once
// Measure ids OCR split into two words. OCR is least sure of exactly these words, and splits one
// it cannot read cleanly ("0CC" "10.05", "OCC0B" "04") into pieces each too unsure to keep and
// neither an id alone; together they are the row's id.
#include <vector>

#include "model/document.h"
#include "patterns/pattern_pack.h"

namespace occx {

// The page's words with each such pair kept together: as one word where only the pieces' letters
// joined read as an id, else as the two words. `id_piece[i]` says the word i returned is (part
// of) such an id, to be kept however unsure OCR was of it.
std::vector<Word> join_split_ids(const std::vector<Word>& words, const PatternPack& pack, std::vector<bool>& id_piece);

}  // namespace occx
