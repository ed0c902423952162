#include <catch2/catch.hpp>

#include "ocr/ocr_page.h"
#include "ocr/tesseract_ocr.h"
#include "test_ocr_helpers.h"
#include "util/error.h"

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
    // words.pdf's status box: green, filling (250,65)-(280,95).
    ColourSample status = sample_colour(p, Box{254, 69, 276, 91});
    CHECK(status.chromatic_share > 0.9);
    CHECK(int(status.chromatic.g) > int(status.chromatic.r) + 80);
    CHECK(int(status.chromatic.g) > int(status.chromatic.b) + 50);
    // Black text on white paper is not coloured.
    const Word* total = find_word(p.page, "Total");
    REQUIRE(total);
    ColourSample text = sample_colour(p, total->box);
    CHECK(text.chromatic_share < 0.05);
    CHECK(text.average.r < 250);
}

TEST_CASE("colour samples average a region and its coloured pixels", "[ocr][colour]") {
    // 4x2 pixels at 72 dpi: left half pure red, right half white.
    RgbImage img{4, 2, {}};
    for (int y = 0; y < 2; ++y)
        for (int x = 0; x < 4; ++x)
            for (unsigned char c : x < 2 ? std::vector<unsigned char>{255, 0, 0} : std::vector<unsigned char>{255, 255, 255})
                img.pixels.push_back(c);
    ColourSample all = sample_colour(img, 72, Box{0, 0, 4, 2});
    CHECK(all.pixels == 8);
    CHECK(all.chromatic_share == 0.5);
    CHECK(all.chromatic.r == 255);
    CHECK(all.chromatic.g == 0);
    CHECK(all.average.g == 128);
    // At 144 dpi the same pixels cover half as many points.
    CHECK(sample_colour(img, 144, Box{1, 0, 2, 1}).pixels == 4);
    CHECK(sample_colour(img, 144, Box{1, 0, 2, 1}).chromatic_share == 0);
    // Off the raster: nothing sampled.
    ColourSample off = sample_colour(img, 72, Box{10, 10, 20, 20});
    CHECK(off.pixels == 0);
    CHECK(off.chromatic_share == 0);
}

TEST_CASE("pastel fills count as coloured, greys and scan noise do not", "[ocr][colour]") {
    auto share = [](std::vector<unsigned char> rgb) {
        return sample_colour(RgbImage{1, 1, rgb}, 72, Box{0, 0, 1, 1}).chromatic_share;
    };
    CHECK(share({198, 239, 206}) == 1);  // light green fill
    CHECK(share({255, 235, 156}) == 1);  // light amber fill
    CHECK(share({128, 128, 128}) == 0);
    CHECK(share({120, 128, 136}) == 0);  // JPEG colour noise on grey
}
