#include <catch2/catch.hpp>

#include "ocr/header_band.h"
#include "ocr/ocr_page.h"
#include "ocr/pix_image.h"
#include "ocr/tesseract_ocr.h"
#include "table/colour.h"
#include "test_ocr_helpers.h"
#include "util/error.h"
#include "test_helpers.h"

using namespace occx;

namespace {

// Tesseract's model loads in a fraction of a second; the tests share one engine.
TesseractEngine& shared_engine() {
    static TesseractEngine engine;
    return engine;
}

Page read_fixture(const char* name, double dpi) {
    Page p;
    p.words = shared_engine().read_words(render_fixture(name, dpi), dpi);
    return p;
}

}  // namespace

TEST_CASE("Tesseract reads words with their boxes in points", "[ocr][tesseract]") {
    for (double dpi : {150.0, 200.0}) {
        Page p = read_fixture("words.pdf", dpi);
        // words.pdf draws 16pt Helvetica with its top at y=20 (first line) and y=60.
        const Word* total = find_word(p, "Total");
        REQUIRE(total);
        CHECK(total->box.x0 == Approx(20).margin(2));
        CHECK(total->box.y0 == Approx(21.3).margin(2));
        CHECK(total->box.height() == Approx(11.7).margin(2));
        CHECK(total->confidence > 0.8);
        CHECK(total->confidence <= 1.0);
        const Word* number = find_word(p, "4,250.53");
        REQUIRE(number);
        CHECK(number->box.x0 == Approx(20).margin(2));
        CHECK(number->box.y0 == Approx(61.3).margin(2));
        const Word* amber = find_word(p, "Amber");
        REQUIRE(amber);
        CHECK(amber->box.x0 == Approx(150).margin(2));
        CHECK(amber->box.center_y() == Approx(number->box.center_y()).margin(2));
        CHECK(find_word(p, "waste"));
        CHECK(find_word(p, "recycled"));
        CHECK(amber->font.empty());
        CHECK(amber->font_size > 8);
    }
}

TEST_CASE("an empty raster gives no words", "[ocr][tesseract]") {
    RgbImage blank{120, 60, std::vector<unsigned char>(120 * 60 * 3, 255)};
    CHECK(shared_engine().read_words(blank, 150).empty());
    CHECK(shared_engine().read_words(RgbImage{}, 150).empty());
}

TEST_CASE("a missing language model is a clear error", "[ocr][tesseract]") {
    try {
        TesseractEngine engine("zzq");
        FAIL("no error for a missing model");
    } catch (const Error& e) {
        const std::string msg = e.what();
        CHECK(msg.find("zzq.traineddata") != std::string::npos);
        CHECK(msg.find("tesseract-ocr-zzq") != std::string::npos);
    }
}

TEST_CASE("an OCR'd page keeps a raster for sampling colours where its words are", "[ocr][colour]") {
    OcrOptions options;
    options.dpi = 150;
    options.raster_dpi = 50;
    OcrPage p = ocr_rendered_page(shared_engine(), render_fixture("words.pdf", options.dpi), 4, options);
    CHECK(p.page.number == 4);
    CHECK(p.page.method == PageMethod::ocr);
    CHECK(p.page.width == Approx(300).margin(1));
    CHECK(p.page.height == Approx(120).margin(1));
    CHECK(p.raster_dpi == 50);
    CHECK(p.raster.width == Approx(300 * 50 / 72.0).margin(1));
    // words.pdf's status box: green, filling (250,65)-(280,95); the raster is in page points.
    RasterSampler sampler(&p.raster, p.raster_dpi);
    CHECK(sampler.classify(Box{254, 69, 276, 91}) == CellColour::green);
    // Black text on white paper is not coloured.
    const Word* total = find_word(p.page, "Total");
    REQUIRE(total);
    CHECK(sampler.classify(total->box) == CellColour::none);
}

TEST_CASE("a page with no colour keeps its raster finer, for its markers' shapes", "[ocr][colour]") {
    OcrOptions options;
    options.dpi = 150;
    options.raster_dpi = 50;
    options.shape_raster_dpi = 100;
    RgbImage colour = render_fixture("words.pdf", options.dpi);
    RgbImage grey_page = colour;
    for (size_t i = 0; i + 2 < grey_page.pixels.size(); i += 3) {
        const auto* p = &grey_page.pixels[i];
        const auto y = static_cast<unsigned char>((299 * p[0] + 587 * p[1] + 114 * p[2]) / 1000);
        grey_page.pixels[i] = grey_page.pixels[i + 1] = grey_page.pixels[i + 2] = y;
    }
    CHECK(ocr_rendered_page(shared_engine(), colour, 1, options).raster_dpi == 50);
    OcrPage g = ocr_rendered_page(shared_engine(), grey_page, 1, options);
    CHECK(g.raster_dpi == 100);
    CHECK(g.raster.width == Approx(300 * 100 / 72.0).margin(1));
    options.shape_raster_dpi = 300;  // never finer than the page was read at
    CHECK(ocr_rendered_page(shared_engine(), grey_page, 1, options).raster_dpi == 150);
}

TEST_CASE("a header band read again as one block gives the labels the page's reading lost", "[ocr][tesseract]") {
    const double dpi = 300;
    RgbImage raster = render_fixture("header.pdf", dpi);
    PixPtr page = grey(to_pix(raster).get());
    Page read;
    read.words = shared_engine().read_words(raster, dpi);
    const Word* rag = find_word(read, "RAG");
    REQUIRE(rag);
    REQUIRE(find_word(read, "OCC01.02"));
    // as if the page's reading had passed over "RAG"
    std::vector<Word> missed;
    for (const auto& w : read.words)
        if (w.text != "RAG") missed.push_back(w);
    TesseractEngine block("eng", OcrLayout::single_block);
    Page again;
    again.words = read_header_band_again(block, page.get(), dpi, missed, repo_patterns());
    const Word* rag_again = find_word(again, "RAG");
    REQUIRE(rag_again);
    CHECK(rag_again->box.x0 == Approx(rag->box.x0).margin(2));
    CHECK(rag_again->box.y0 == Approx(rag->box.y0).margin(2));
    // only what was lost: the labels read already, and the row below the band, are not repeated
    for (const auto& w : again.words) CHECK(w.text == "RAG");
    // a page with no measure row has no band to read
    std::vector<Word> no_row;
    for (const auto& w : missed)
        if (w.text != "OCC01.02") no_row.push_back(w);
    CHECK(read_header_band_again(block, page.get(), dpi, no_row, repo_patterns()).empty());
}
