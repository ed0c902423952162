#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>

#include "pdf/page_pipeline.h"
#include "util/text.h"

using namespace occx;

namespace {

// A tiny valid PDF with `pages` empty pages, written by hand.
std::string blank_pdf(int pages) {
    std::string body = "%PDF-1.4\n";
    std::vector<size_t> offsets;
    auto object = [&](const std::string& text) {
        offsets.push_back(body.size());
        body += std::to_string(offsets.size()) + " 0 obj\n" + text + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    std::string kids;
    for (int i = 0; i < pages; ++i) kids += std::to_string(3 + i) + " 0 R ";
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages) + " >>");
    for (int i = 0; i < pages; ++i) object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] >>");
    size_t xref = body.size();
    body += "xref\n0 " + std::to_string(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (size_t off : offsets) {
        char line[32];
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
        body += line;
    }
    body += "trailer\n<< /Size " + std::to_string(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
            std::to_string(xref) + "\n%%EOF\n";
    return body;
}

}  // namespace

TEST_CASE("pages come out in order, however the workers finish", "[pdf][pipeline]") {
    const std::string pdf = blank_pdf(9);
    std::atomic<int> in_flight{0}, most_in_flight{0};
    PagePipeline pipeline(std::make_shared<const std::string>(pdf), 9, 3, [&](const PdfDocument& doc, int page, bool) {
        int now = ++in_flight;
        int seen = most_in_flight.load();
        while (now > seen && !most_in_flight.compare_exchange_weak(seen, now)) {
        }
        // later pages finish first
        std::this_thread::sleep_for(std::chrono::milliseconds(10 - page));
        PreparedPage p;
        p.page = doc.read_words(page);
        --in_flight;
        return p;
    });
    PreparedPage p;
    int expected = 1;
    while (pipeline.next(p)) {
        CHECK(p.page.number == expected);
        CHECK(p.error.empty());
        ++expected;
    }
    CHECK(expected == 10);
    CHECK(most_in_flight.load() <= 3);
}

TEST_CASE("the workers read the file's one copy of its bytes", "[pdf][pipeline]") {
    // A 25 MB scan held once per worker was most of a page's peak memory.
    const auto pdf = std::make_shared<const std::string>(blank_pdf(4));
    std::atomic<int> shared{0};
    PagePipeline pipeline(pdf, 4, 2, [&](const PdfDocument& doc, int page, bool) {
        if (doc.bytes() == pdf) ++shared;
        PreparedPage p;
        p.page = doc.read_words(page);
        return p;
    });
    PreparedPage p;
    while (pipeline.next(p)) {
    }
    CHECK(shared.load() == 4);
}

TEST_CASE("a page that fails carries its error; the others still come", "[pdf][pipeline]") {
    const std::string pdf = blank_pdf(3);
    PagePipeline pipeline(std::make_shared<const std::string>(pdf), 3, 2, [](const PdfDocument& doc, int page, bool) -> PreparedPage {
        if (page == 2) throw std::runtime_error("cannot be read");
        PreparedPage p;
        p.page = doc.read_words(page);
        return p;
    });
    PreparedPage p;
    std::vector<std::string> errors;
    while (pipeline.next(p)) errors.push_back(p.error);
    CHECK(errors == std::vector<std::string>{"", "cannot be read", ""});
}

TEST_CASE("rasters are asked for from the moment a page needed one", "[pdf][pipeline]") {
    const int pages = 12;
    const std::string pdf = blank_pdf(pages);
    PagePipeline pipeline(std::make_shared<const std::string>(pdf), pages, 1, [](const PdfDocument&, int, bool want) {
        PreparedPage p;
        p.raster_dpi = want ? 50 : 0;
        return p;
    });
    PreparedPage p;
    REQUIRE(pipeline.next(p));
    pipeline.want_rasters();
    int with_raster = 0;
    while (pipeline.next(p)) with_raster += p.raster_dpi > 0;
    // the pages of the window may have been prepared before the request; none after it
    CHECK(with_raster >= pages - 1 - pipeline.window());
}
