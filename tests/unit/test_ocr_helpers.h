#pragma once
// Shared by the OCR tests: the tiny PDFs of tests/unit/fixtures/ocr (make_fixtures.py) rendered.
#include <string>

#include "model/document.h"
#include "ocr/ocr_page.h"
#include "pdf/pdf_document.h"
#include "util/text.h"

inline std::string ocr_fixture(const std::string& name) {
    return occx::read_file(std::string(OCCX_SOURCE_PATTERNS_DIR) + "/../tests/unit/fixtures/ocr/" + name);
}

inline occx::RgbImage render_fixture(const std::string& name, double dpi, int page = 1) {
    return occx::PdfDocument(ocr_fixture(name)).render(page, dpi);
}

// The first word with this text, or nullptr.
inline const occx::Word* find_word(const occx::Page& page, const std::string& text) {
    for (const auto& w : page.words)
        if (w.text == text) return &w;
    return nullptr;
}

// Fast options for tiny pages: two workers, 150 dpi, a small kept raster.
inline occx::OcrOptions small_ocr_options() {
    occx::OcrOptions o;
    o.jobs = 2;
    o.dpi = 150;
    o.raster_dpi = 30;
    return o;
}
