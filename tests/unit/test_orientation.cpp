#include <catch2/catch.hpp>

#include "model/raster.h"
#include "page_builder.h"
#include "pdf/page_orientation.h"

using namespace occx;

TEST_CASE("a page whose text runs at 90 degrees is turned back", "[pdf][orientation]") {
    // A landscape page (842 x 595) displayed as portrait (595 x 842): text runs downwards.
    Page p = testing_pages::blank_page(1);
    p.width = 595;
    p.height = 842;
    Word w;
    w.text = "Measure";
    w.box = {549.9, 34.0, 561.9, 54.8};  // displayed: a tall narrow box near the right edge
    w.rotation = 90;
    p.words.push_back(w);
    CHECK(straighten_page(p) == 90);
    CHECK(p.width == 842);
    CHECK(p.height == 595);
    const Box& b = p.words[0].box;
    CHECK(b.x0 == Approx(34.0));
    CHECK(b.x1 == Approx(54.8));
    CHECK(b.y0 == Approx(595 - 561.9));
    CHECK(b.y1 == Approx(595 - 549.9));
    CHECK(p.words[0].rotation == 0);
}

TEST_CASE("upright pages are left alone; a rotated watermark does not turn a page", "[pdf][orientation]") {
    Page p = testing_pages::blank_page(1);
    testing_pages::put(p, "plenty of upright body text here", 10, 10);
    Word mark;
    mark.text = "DRAFT";
    mark.box = {100, 100, 150, 300};
    mark.rotation = 90;
    p.words.push_back(mark);
    CHECK(straighten_page(p) == 0);
    CHECK(p.words[0].box.x0 == 10);
}

TEST_CASE("rasters turn the same way as word boxes", "[pdf][orientation]") {
    RgbImage img;
    img.width = 3;
    img.height = 2;
    img.pixels.assign(3 * 3 * 2, 0);
    img.pixels[0] = 255;  // pixel (0,0) red
    RgbImage back = rotate_raster(img, 90);
    REQUIRE(back.width == 2);
    REQUIRE(back.height == 3);
    // Box turned back by 90: (x, y) -> (y, w - x); the displayed top-left (0,0) lands at
    // x' = 0, y' = width-1 (bottom-left).
    CHECK(back.at(0, 2)[0] == 255);
    CHECK(rotate_raster(rotate_raster(img, 180), 180).pixels == img.pixels);
    CHECK(rotate_raster(rotate_raster(img, 90), 270).pixels == img.pixels);
}
