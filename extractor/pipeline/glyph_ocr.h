#pragma once
// The last resort for a glyph no font names and neither its shape nor its place does (a pound
// sign alone in a Unit cell): its outline, drawn large on white, read by Tesseract as one
// character. Only asked once per outline in a document, so the cost is an engine's start.
#include <string>

#include "model/extraction.h"
#include "ocr/engine_pool.h"
#include "pipeline/context.h"
#include "table/glyph_names.h"

namespace occx {

// A reader using engines of language from the run's pools; it answers "" once Tesseract is
// missing, and never throws.
GlyphReader glyph_ocr_reader(OcrEngines& engines, const std::string& language);
// The reader a run's options allow: none with --ocr never.
GlyphReader glyph_reader_for(const ExtractOptions& options, Context& context);
// A reader of a mask of ink as one character, by the same engines: a mark a scan's page
// reading dropped. It answers "" once Tesseract is missing, and never throws.
MaskReader lone_char_reader(OcrEngines& engines, const std::string& language);
// The mask reader a run's options allow: none with --ocr never.
MaskReader mask_reader_for(const ExtractOptions& options, Context& context);

}  // namespace occx
