#include <catch2/catch.hpp>

#include "pdf/page_pipeline.h"
#include "pipeline/pdf_extract.h"
#include "test_helpers.h"
#include "test_ocr_helpers.h"

using namespace occx;

namespace {

// The pages of the mixed fixture (text, scanned, text) as extraction prepares them.
std::vector<PreparedPage> prepare_mixed(OcrMode mode) {
    ExtractOptions options;
    options.ocr = mode;
    options.dpi = 150;
    const std::string bytes = ocr_fixture("mixed.pdf");
    PagePipeline pipeline(bytes, PdfDocument(bytes).page_count(), 2, page_preparer(options, repo_patterns()));
    std::vector<PreparedPage> pages;
    PreparedPage p;
    while (pipeline.next(p)) pages.push_back(std::move(p));
    return pages;
}

}  // namespace

TEST_CASE("a document's pages come in order, scanned ones through OCR", "[pdf][ocr]") {
    auto pages = prepare_mixed(OcrMode::automatic);
    REQUIRE(pages.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(pages[i].page.number == i + 1);
        CHECK(pages[i].error.empty());
    }
    CHECK(pages[0].page.method == PageMethod::text);
    CHECK(find_word(pages[0].page, "Alpha"));
    CHECK_FALSE(pages[0].raster);  // no status to colour on a text page of prose
    CHECK(pages[0].page.notes.front() == "good text layer: 23 characters");
#ifdef OCCX_POPPLER_CORE
    // statuses come from the page's drawing, not a render
    CHECK(pages[0].page.notes.back() == "statuses: read from the page's drawing");
    CHECK(pages[0].drawing);
#endif
    CHECK(pages[1].page.method == PageMethod::ocr);
    CHECK(find_word(pages[1].page, "Bravo"));
    CHECK(find_word(pages[1].page, "scanned"));
    REQUIRE(pages[1].raster);  // kept for colour questions, in the page's own coordinates
    CHECK(pages[1].raster_dpi > 0);
    REQUIRE_FALSE(pages[1].page.notes.empty());
    CHECK(pages[1].page.notes[0] == "OCR: no text layer");
    CHECK(pages[2].page.method == PageMethod::text);
    CHECK(find_word(pages[2].page, "Charlie"));
}

TEST_CASE("with OCR off, a scanned page comes empty with the reason", "[pdf][ocr]") {
    auto pages = prepare_mixed(OcrMode::never);
    REQUIRE(pages.size() == 3);
    CHECK(pages[1].page.words.empty());
    CHECK(pages[1].page.notes.front() == "no text layer, but OCR is off (--ocr never)");
}
