#pragma once
// PDF inputs: the text layer through Poppler, OCR through Tesseract where a page has none.
#include <string_view>

#include "patterns/pattern_pack.h"
#include "pipeline/extract.h"

namespace occx {

ExtractResult extract_pdf(std::string_view bytes, const ExtractOptions& options, const PatternPack& pack);

}  // namespace occx
