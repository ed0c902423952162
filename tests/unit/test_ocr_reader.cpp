#include <catch2/catch.hpp>

#include "ocr/page_reader.h"
#include "test_ocr_helpers.h"

using namespace occx;

namespace {

std::vector<DocumentPage> read_mixed(OcrMode mode, int* ocr_count) {
    std::vector<DocumentPage> pages;
    read_document_pages(ocr_fixture("mixed.pdf"), mode, small_ocr_options(),
                        [&](DocumentPage&& p) { pages.push_back(std::move(p)); }, ocr_count);
    return pages;
}

}  // namespace

TEST_CASE("a document's pages come in order, scanned ones through OCR", "[ocr][reader]") {
    int ocr_count = -1;
    auto pages = read_mixed(OcrMode::automatic, &ocr_count);
    CHECK(ocr_count == 1);
    REQUIRE(pages.size() == 3);
    for (int i = 0; i < 3; ++i) CHECK(pages[i].page.number == i + 1);
    CHECK(pages[0].page.method == PageMethod::text);
    CHECK(find_word(pages[0].page, "Alpha"));
    CHECK(pages[0].raster.pixels.empty());
    CHECK(pages[0].page.notes == std::vector<std::string>{"good text layer: 23 characters"});
    CHECK(pages[1].page.method == PageMethod::ocr);
    CHECK(find_word(pages[1].page, "Bravo"));
    CHECK(find_word(pages[1].page, "scanned"));
    CHECK(pages[1].raster_dpi == 30);
    CHECK_FALSE(pages[1].raster.pixels.empty());
    REQUIRE_FALSE(pages[1].page.notes.empty());
    CHECK(pages[1].page.notes[0] == "OCR: no text layer");
    CHECK(pages[2].page.method == PageMethod::text);
    CHECK(find_word(pages[2].page, "Charlie"));
}

TEST_CASE("with OCR off, a scanned page comes empty with the reason", "[ocr][reader]") {
    int ocr_count = -1;
    auto pages = read_mixed(OcrMode::never, &ocr_count);
    CHECK(ocr_count == 0);
    REQUIRE(pages.size() == 3);
    CHECK(pages[1].page.words.empty());
    CHECK(pages[1].page.notes == std::vector<std::string>{"no text layer, but OCR is off (--ocr never)"});
}
