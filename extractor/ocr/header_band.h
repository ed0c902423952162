#pragma once
// A table header read again as one block. Tesseract's sparse-text pass, which suits a page of
// scattered cells, skips short labels set under a group label's rule ("Result", "RAG",
// "Status"); read as one block, the band above the first measure row gives them.
#include <vector>

#include "model/document.h"
#include "ocr/tesseract_ocr.h"
#include "patterns/pattern_pack.h"

struct Pix;

namespace occx {

// The confident words a block reading (block_engine) of the band above the page's first
// measure id finds that no word of words covers; boxes in points of the page (grey_page at dpi).
std::vector<Word> read_header_band_again(TesseractEngine& block_engine, Pix* grey_page, double dpi,
                                         const std::vector<Word>& words, const PatternPack& pack);

}  // namespace occx
