#pragma once
// OCR's misread header words, read back as the label vocabulary's words.
#include <vector>

#include "model/document.h"
#include "patterns/pattern_pack.h"
#include "table/line.h"

namespace occx {

// A word one letter away from the header vocabulary (patterns: table.header_word), on an OCR'd
// line that is already mostly header words, is that vocabulary word: "Pernod" is Period,
// "leasure" is Measure. words is what lines point into; only OCR pages are repaired (a text
// layer's words are as printed).
void repair_header_words(std::vector<Word>& words, const std::vector<Line>& lines, const Page& page,
                         const PatternPack& pack);

}  // namespace occx
