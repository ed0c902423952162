// A benchmark mode of the test binary, hidden from normal runs: scripts/bench-ocr drives it.
//   OCCX_BENCH_PDF=file.pdf occx_tests "[.ocr-bench]"
// Optional: OCCX_BENCH_JOBS, OCCX_BENCH_DPI, OCCX_BENCH_LAYOUT (auto|sparse-text|single-block),
// OCCX_BENCH_WORDS=out.tsv (every word: page, confidence, box in points, text).
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <numeric>

#include "ocr/ocr_pool.h"
#include "util/text.h"

using namespace occx;

namespace {

std::string env_or(const char* name, const char* fallback) {
    const char* v = std::getenv(name);
    return v && *v ? v : fallback;
}

OcrLayout layout_from(const std::string& name) {
    for (auto l : {OcrLayout::automatic, OcrLayout::sparse_text, OcrLayout::single_block})
        if (name == layout_name(l)) return l;
    FAIL("unknown OCCX_BENCH_LAYOUT " << name);
    return kDefaultOcrLayout;
}

}  // namespace

TEST_CASE("bench: OCR every page of a PDF", "[.ocr-bench]") {
    const std::string path = env_or("OCCX_BENCH_PDF", "");
    REQUIRE_FALSE(path.empty());
    OcrOptions options;
    options.jobs = std::atoi(env_or("OCCX_BENCH_JOBS", "0").c_str());
    options.dpi = std::atof(env_or("OCCX_BENCH_DPI", "300").c_str());
    options.layout = layout_from(env_or("OCCX_BENCH_LAYOUT", layout_name(kDefaultOcrLayout)));
    const std::string bytes = read_file(path);
    std::vector<int> pages(PdfDocument(bytes).page_count());
    std::iota(pages.begin(), pages.end(), 1);
    std::ofstream words_out;
    if (const char* w = std::getenv("OCCX_BENCH_WORDS")) words_out.open(w);
    size_t words = 0;
    const auto start = std::chrono::steady_clock::now();
    ocr_pages(bytes, pages, options, [&](OcrOutcome&& o) {
        OcrPage p = o.take();
        words += p.page.words.size();
        std::printf("page %d: %zu words, turned %d, skew %.2f\n", p.page.number, p.page.words.size(),
                    90 * p.quarter_turns, p.skew_degrees);
        for (const Word& w : p.page.words)
            if (words_out) words_out << p.page.number << '\t' << w.confidence << '\t' << w.box.x0 << '\t' << w.box.y0
                                     << '\t' << w.box.x1 << '\t' << w.box.y1 << '\t' << w.text << '\n';
    });
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("occx-ocr: %s: %zu pages, %zu words, %.3f s, %d workers, %s, %.0f dpi\n", path.c_str(), pages.size(),
                words, seconds, ocr_worker_count(options, pages.size()), layout_name(options.layout), options.dpi);
    CHECK(words > 0);
}
