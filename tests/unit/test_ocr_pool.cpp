#include <catch2/catch.hpp>

#include <stdexcept>

#include "ocr/ocr_pool.h"
#include "test_ocr_helpers.h"
#include "util/error.h"

using namespace occx;

namespace {

// The word pages.pdf prints on each page.
const char* kPageWords[] = {"", "Alpha", "Bravo", "Charlie"};

}  // namespace

TEST_CASE("the pool delivers pages in the order asked, each with its words", "[ocr][pool]") {
    const std::string pdf = ocr_fixture("pages.pdf");
    for (std::vector<int> order : {std::vector<int>{1, 2, 3}, std::vector<int>{3, 1, 2}}) {
        std::vector<int> delivered;
        ocr_pages(pdf, order, small_ocr_options(), [&](OcrOutcome&& o) {
            REQUIRE(o.ok());
            OcrPage p = o.take();
            delivered.push_back(p.page.number);
            CHECK(o.number == p.page.number);
            CHECK(p.page.method == PageMethod::ocr);
            CHECK(find_word(p.page, kPageWords[p.page.number]));
            CHECK(p.raster_dpi == 30);
            CHECK_FALSE(p.raster.pixels.empty());
        });
        CHECK(delivered == order);
    }
}

TEST_CASE("a page that fails is delivered with its error and the rest go on", "[ocr][pool]") {
    std::vector<std::string> errors;
    std::vector<int> read;
    ocr_pages(ocr_fixture("pages.pdf"), {1, 7, 2}, small_ocr_options(), [&](OcrOutcome&& o) {
        if (o.ok()) read.push_back(o.take().page.number);
        else errors.push_back(o.error);
    });
    CHECK(read == std::vector<int>{1, 2});
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].rfind("page 7: ", 0) == 0);
    CHECK(errors[0].find("page 7: page 7") == std::string::npos);
    OcrOutcome failed{7, std::nullopt, "page 7: cannot be read"};
    CHECK_THROWS_AS(failed.take(), Error);
}

TEST_CASE("an error from the caller stops the pool and reaches the caller", "[ocr][pool]") {
    int calls = 0;
    auto stop = [&](OcrOutcome&&) {
        ++calls;
        throw std::runtime_error("enough");
    };
    CHECK_THROWS_WITH(ocr_pages(ocr_fixture("pages.pdf"), {1, 2, 3, 1, 2, 3}, small_ocr_options(), stop), "enough");
    CHECK(calls == 1);
}

TEST_CASE("a document that is not a PDF fails the whole run", "[ocr][pool]") {
    CHECK_THROWS_AS(ocr_pages("not a pdf", {1}, small_ocr_options(), [](OcrOutcome&&) {}), Error);
    int calls = 0;
    ocr_pages("not a pdf", {}, small_ocr_options(), [&](OcrOutcome&&) { ++calls; });
    CHECK(calls == 0);
}

TEST_CASE("workers are one per core unless told, and never more than pages", "[ocr][pool]") {
    OcrOptions o;
    o.jobs = 4;
    CHECK(ocr_worker_count(o, 2) == 2);
    CHECK(ocr_worker_count(o, 10) == 4);
    o.jobs = 0;
    CHECK(ocr_worker_count(o, 1000) >= 1);
}
