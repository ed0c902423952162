#pragma once
// PDF inputs: the text layer through Poppler, OCR through Tesseract where a page has none.
#include <string_view>

#include "patterns/pattern_pack.h"
#include "pdf/page_pipeline.h"
#include "pipeline/extract.h"

namespace occx {

// What each page goes through before table reconstruction: its text layer read, or OCR'd
// when that is missing or unusable (options.ocr), and straightened.
PreparePage page_preparer(const ExtractOptions& options, Context& context);

ExtractResult extract_pdf(std::string_view bytes, const ExtractOptions& options, Context& context);

}  // namespace occx
