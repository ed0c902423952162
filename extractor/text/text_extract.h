#pragma once
// Text inputs: what other converters made of a report (markdown, tab-separated tables,
// pdftotext, raw Tesseract output). Same records as from the PDF, method "plain".
#include <string_view>

#include "patterns/pattern_pack.h"
#include "model/extraction.h"

namespace occx {

// Throws occx::Error when the text holds neither measure rows nor a Cabinet covering report.
ExtractResult extract_text(std::string_view text, const PatternPack& pack);

}  // namespace occx
