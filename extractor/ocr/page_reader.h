#pragma once
// Every page of a PDF in order, each from its text layer or, where that is missing or
// unusable (ocr/page_decision.h), from OCR run in parallel: what a table builder consumes.
#include <functional>
#include <string_view>

#include "ocr/ocr_page.h"
#include "pipeline/extract.h"

namespace occx {

struct DocumentPage {
    // Words from the text layer (method text) or OCR (method ocr); notes say which and why.
    Page page;
    // OCR'd pages: the straightened page for sample_colour, in the words' coordinates.
    // Empty for text-layer pages (render a region with PdfDocument::render instead).
    RgbImage raster;
    double raster_dpi = 0;
};

using PageConsumer = std::function<void(DocumentPage&&)>;

// Reads every page of the PDF in bytes and hands each to consume, on the calling thread, in
// page order, as soon as it and the pages before it are ready. A page whose OCR fails is
// delivered from its text layer with a note "OCR failed: ...". Throws occx::Error when the PDF
// cannot be opened, or OCR is needed and Tesseract's model is missing.
// ocr_pages (in *ocr_pages, when given) counts the pages OCR'd.
void read_document_pages(std::string_view bytes, OcrMode mode, const OcrOptions& options,
                         const PageConsumer& consume, int* ocr_pages_count = nullptr);

}  // namespace occx
