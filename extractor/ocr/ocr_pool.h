#pragma once
// OCR of many pages of one PDF on several threads, delivered in page order as they complete.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ocr/ocr_page.h"

namespace occx {

// Pages done but not yet delivered, beyond one per worker, that the pool may hold; bounds
// memory however many pages the document has.
inline constexpr int kOcrLookaheadPerWorker = 1;

struct OcrOutcome {
    int number = 0;               // 1-based page number
    std::optional<OcrPage> page;  // set when the page was read
    std::string error;            // "page N: ..." when it was not

    bool ok() const { return page.has_value(); }
    // The page, or throws occx::Error with the page's error.
    OcrPage take();
};

using OcrDelivery = std::function<void(OcrOutcome&&)>;

// Worker threads for options.jobs (0: one per core), never more than there are pages.
int ocr_worker_count(const OcrOptions& options, size_t pages);

// OCRs the given pages (1-based numbers) of the PDF in pdf_bytes. Each worker opens its own
// PdfDocument over the bytes (Poppler documents are not thread-safe) and owns one Tesseract
// engine for all its pages. deliver runs on the calling thread, once per page, in the order of
// pages, as soon as that page and those before it are done; a page that failed is delivered
// with its error, and the rest go on. Throws occx::Error when the engines cannot start (no
// model); an exception from deliver stops the workers and is rethrown.
void ocr_pages(std::string_view pdf_bytes, const std::vector<int>& pages, const OcrOptions& options,
               const OcrDelivery& deliver);

}  // namespace occx
