#include <catch2/catch.hpp>
#include <leptonica/allheaders.h>

#include "ocr/deskew.h"
#include "ocr/ocr_page.h"
#include "ocr/orientation.h"
#include "ocr/pix_image.h"
#include "ocr/solid_blocks.h"
#include "test_ocr_helpers.h"

using namespace occx;

namespace {

constexpr double kDpi = 150;

const RgbImage& upright_lines() {
    static const RgbImage img = render_fixture("lines.pdf", kDpi);
    return img;
}

TesseractEngine& engine() {
    static TesseractEngine e;
    return e;
}

// A w by h page of one grey level.
RgbImage paper_of(int w, int h, unsigned char v) { return RgbImage{w, h, std::vector<unsigned char>(size_t(w) * h * 3, v)}; }

// Paints a rectangle of one grey level.
void fill(RgbImage& img, int x0, int y0, int x1, int y1, unsigned char v) {
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x)
            for (int c = 0; c < 3; ++c) img.pixels[3 * (size_t(y) * img.width + x) + c] = v;
}

// Paints upright strokes of text, width wide, one every pitch pixels from x0 up to x1.
void strokes(RgbImage& img, int x0, int x1, int pitch, int width, int y0, int y1, unsigned char v) {
    for (int x = x0; x < x1; x += pitch) fill(img, x, y0, x + width, y1, v);
}

}  // namespace

TEST_CASE("skew of a few degrees is measured within 0.2°", "[ocr][deskew]") {
    CHECK(estimate_skew_degrees(upright_lines()) == Approx(0).margin(0.2));
    for (double angle : {1.5, -0.7, 2.0, -2.0}) {
        INFO("rotated by " << angle);
        CHECK(estimate_skew_degrees(rotate_image(upright_lines(), angle)) == Approx(angle).margin(0.2));
    }
    // Upside down, text lines lie the same way: the same skew is found.
    CHECK(estimate_skew_degrees(rotate_quarter_turns(rotate_image(upright_lines(), 1.5), 2)) ==
          Approx(1.5).margin(0.2));
}

TEST_CASE("a blank page has no skew", "[ocr][deskew]") {
    CHECK(estimate_skew_degrees(paper_of(200, 100, 255)) == 0);
}

TEST_CASE("rasters rotate by quarter turns and scale", "[ocr][deskew]") {
    // One red pixel at the top-left corner of a 3x2 raster.
    RgbImage img{3, 2, std::vector<unsigned char>(3 * 2 * 3, 255)};
    img.pixels[1] = img.pixels[2] = 0;
    RgbImage turned = rotate_quarter_turns(img, 1);
    CHECK(turned.width == 2);
    CHECK(turned.height == 3);
    // A clockwise quarter turn takes the top-left corner to the top-right.
    CHECK(turned.at(1, 0)[1] == 0);
    CHECK(turned.at(0, 0)[1] == 255);
    CHECK(rotate_quarter_turns(img, 4).pixels == img.pixels);
    RgbImage half = scale_image(upright_lines(), 0.5);
    CHECK(half.width == upright_lines().width / 2);
}

TEST_CASE("upright and upside-down pages are told apart by reading them", "[ocr][orientation]") {
    CHECK(detect_quarter_turns(engine(), upright_lines(), kDpi) == 0);
    CHECK(detect_quarter_turns(engine(), rotate_quarter_turns(upright_lines(), 2), kDpi) == 2);
}

TEST_CASE("sideways pages are found by reading them", "[ocr][orientation]") {
    // Turned clockwise once, it takes three more clockwise turns to come upright.
    CHECK(detect_quarter_turns(engine(), rotate_quarter_turns(upright_lines(), 1), kDpi) == 3);
    CHECK(detect_quarter_turns(engine(), rotate_quarter_turns(upright_lines(), 3), kDpi) == 1);
}

TEST_CASE("reading scores count confident words of three or more characters", "[ocr][orientation]") {
    std::vector<Word> words{{"council", {}, "", 0, 0.9, 0}, {"e", {}, "", 0, 1, 0}, {"|", {}, "", 0, 1, 0}};
    CHECK(reading_score(words) == Approx(6.3));
    CHECK_FALSE(reads_upright(words));  // too few words to prove the page upright
    std::vector<Word> junk(10, Word{"abe", {}, "", 0, 0.3, 0});
    CHECK_FALSE(reads_upright(junk));
}

TEST_CASE("a crooked upside-down scan is read upright, in straightened coordinates", "[ocr][orientation]") {
    OcrOptions options;
    options.dpi = kDpi;
    options.raster_dpi = 0;
    RgbImage scan = rotate_quarter_turns(rotate_image(upright_lines(), 1.0), 2);
    OcrPage p = ocr_rendered_page(engine(), scan, 1, options);
    CHECK(p.quarter_turns == 2);
    CHECK(p.skew_degrees == Approx(1.0).margin(0.2));
    CHECK(p.raster.pixels.empty());
    REQUIRE(p.page.notes.size() == 2);
    CHECK(p.page.notes[0] == "OCR: page turned 180° clockwise");
    // lines.pdf's first line starts at (15, 15) in points: "The council will lead by example".
    const Word* the = find_word(p.page, "The");
    REQUIRE(the);
    CHECK(the->box.x0 == Approx(15).margin(3));
    CHECK(the->box.y0 == Approx(16).margin(3));
    CHECK(find_word(p.page, "council"));
    CHECK(find_word(p.page, "complaints."));
}

TEST_CASE("an even background brings a tinted cell to the paper's level and keeps its text dark", "[ocr][background]") {
    // paper 235, a tinted header cell 200 (light blue in grey), strokes of text 40 inside it
    RgbImage img = paper_of(400, 300, 235);
    fill(img, 50, 100, 350, 200, 200);
    strokes(img, 70, 330, 12, 4, 140, 160, 40);
    PixPtr even = even_background(grey(to_pix(img).get()).get());
    RgbImage out = to_rgb(even.get());
    const int tint = out.at(60, 110)[0], paper = out.at(10, 10)[0], stroke = out.at(71, 150)[0];
    CHECK(std::abs(tint - paper) < 15);  // from 35 apart
    CHECK(paper - stroke > 120);
}

TEST_CASE("light print on a dark cell is turned over; dark print, markers, rulings and text are left", "[ocr][background]") {
    // at 300 dpi: a black cell with white strokes (a status word in a filled cell), a mid-grey
    // cell with black strokes, a ruling, and black strokes on the paper
    RgbImage img = paper_of(900, 400, 245);
    fill(img, 50, 50, 250, 110, 10);
    strokes(img, 70, 230, 14, 5, 65, 95, 250);
    fill(img, 350, 50, 550, 110, 110);
    strokes(img, 370, 530, 14, 5, 65, 95, 0);
    fill(img, 20, 200, 880, 203, 0);
    strokes(img, 100, 400, 14, 5, 300, 330, 0);
    // a solid disc (a status marker): the paper at its box's corners is no print inside it
    for (int y = 40; y < 120; ++y)
        for (int x = 660; x < 740; ++x)
            if ((x - 700) * (x - 700) + (y - 80) * (y - 80) < 40 * 40) fill(img, x, y, x + 1, y + 1, 0);
    PixPtr page = grey(to_pix(img).get());
    CHECK(invert_solid_blocks(page.get(), 300) == 1);
    RgbImage out = to_rgb(page.get());
    CHECK(out.at(60, 55)[0] > 200);   // the black ground is light now
    CHECK(out.at(72, 80)[0] < 50);    // and its white print dark
    CHECK(out.at(360, 55)[0] == 110);  // a mid-grey ground with dark print is as it was
    CHECK(out.at(372, 80)[0] == 0);
    CHECK(out.at(500, 201)[0] == 0);   // the ruling
    CHECK(out.at(102, 310)[0] == 0);   // text on paper
    CHECK(out.at(10, 10)[0] == 245);
    CHECK(out.at(700, 80)[0] == 0);    // the disc is as it was
    CHECK(out.at(665, 45)[0] == 245);
}

TEST_CASE("a tall dark cell with its light word at the top is turned over; one with specks is not", "[ocr][background]") {
    // at 300 dpi: a status cell as tall as its row's long comment (an inch and a half), its
    // word's strokes a few pixels under the cell's top edge; beside it a cell of the same size
    // with only paper specks showing through
    RgbImage img = paper_of(700, 600, 245);
    fill(img, 100, 50, 260, 500, 90);
    strokes(img, 115, 245, 12, 4, 54, 80, 240);
    fill(img, 400, 50, 560, 500, 90);
    for (int y = 80; y < 480; y += 40) fill(img, 420 + (y % 120), y, 422 + (y % 120), y + 2, 240);
    PixPtr page = grey(to_pix(img).get());
    CHECK(invert_solid_blocks(page.get(), 300) == 1);
    RgbImage out = to_rgb(page.get());
    CHECK(out.at(150, 300)[0] > 150);  // the tall cell's ground is light now
    CHECK(out.at(116, 60)[0] < 50);    // and its word dark
    CHECK(out.at(450, 300)[0] == 90);  // the speckled cell is as it was
}

TEST_CASE("a dark cell cut in two by a light word across its width is turned over whole", "[ocr][background]") {
    // at 300 dpi: a status cell an inch and a half tall, its bold light word a line across
    // nearly all its width, a third of an inch under its top: the opening keeps the ground above
    // the word and the ground below it as two blocks, neither holding the word
    RgbImage img = paper_of(500, 600, 245);
    fill(img, 100, 50, 260, 500, 90);
    strokes(img, 104, 256, 12, 8, 80, 110, 240);
    PixPtr page = grey(to_pix(img).get());
    CHECK(invert_solid_blocks(page.get(), 300) == 1);
    RgbImage out = to_rgb(page.get());
    CHECK(out.at(150, 60)[0] > 150);   // the ground above the word is light now
    CHECK(out.at(150, 300)[0] > 150);  // and below it
    CHECK(out.at(106, 95)[0] < 50);    // the word dark
    CHECK(out.at(10, 10)[0] == 245);
}

TEST_CASE("a page made grey a band of rows at a time is Leptonica's grey of the whole page", "[ocr][memory]") {
    // Taller than a band and not a whole number of them; every pixel a different colour.
    RgbImage img{37, 150, std::vector<unsigned char>(37 * 150 * 3)};
    for (size_t i = 0; i < img.pixels.size(); ++i) img.pixels[i] = static_cast<unsigned char>((i * 7919 + i / 3) % 256);
    PixPtr banded = grey(img);
    PixPtr whole = grey(to_pix(img).get());
    REQUIRE(pixGetWidth(banded.get()) == 37);
    REQUIRE(pixGetHeight(banded.get()) == 150);
    l_int32 same = 0;
    pixEqual(banded.get(), whole.get(), &same);
    CHECK(same == 1);
}

TEST_CASE("a raster reduced keeps the mean colour of what each pixel covers", "[ocr][memory]") {
    // 6x4: the left half red, the right half blue.
    RgbImage img{6, 4, std::vector<unsigned char>(6 * 4 * 3, 0)};
    for (int y = 0; y < 4; ++y)
        for (int x = 0; x < 6; ++x) img.pixels[3 * (size_t(y) * 6 + x) + (x < 3 ? 0 : 2)] = 255;
    const RgbImage third = reduce_raster(img, 1.0 / 3);
    REQUIRE(third.width == 2);
    REQUIRE(third.height == 1);
    CHECK(third.at(0, 0)[0] == 255);
    CHECK(third.at(0, 0)[2] == 0);
    CHECK(third.at(1, 0)[2] == 255);
    // By a quarter, the first pixel covers three red columns and one blue: their mean. The
    // last covers what is left of the row.
    const RgbImage quarter = reduce_raster(img, 0.25);
    REQUIRE(quarter.width == 2);
    REQUIRE(quarter.height == 1);
    CHECK(quarter.at(0, 0)[0] == 191);
    CHECK(quarter.at(0, 0)[2] == 64);
    CHECK(quarter.at(1, 0)[0] == 0);
    CHECK(quarter.at(1, 0)[2] == 255);
}
