#include <catch2/catch.hpp>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include "ocr/ocr_page.h"
#include "ocr/deskew.h"
#include "util/text.h"
using namespace occx;
static double cpu() { return double(std::clock()) / CLOCKS_PER_SEC; }
TEST_CASE("tmp", "[.tmp]") {
    std::string bytes = read_file(std::getenv("PDF"));
    PdfDocument doc(bytes);
    for (auto layout : {OcrLayout::sparse_text, OcrLayout::automatic, OcrLayout::single_block}) {
        TesseractEngine eng("eng", layout);
        OcrOptions o; o.layout = layout;
        for (int n : {2, 5}) {
            RgbImage raw = doc.render(n, 300);
            double t = cpu();
            RgbImage r2 = raw;
            auto w = eng.read_words(raw, 300);
            double t1 = cpu() - t; t = cpu();
            OcrPage p = ocr_rendered_page(eng, raw, n, o);
            std::printf("%s page %d: plain ocr %.2f s (%zu words), full pipeline %.2f s (%zu words, turned %d)\n", layout_name(layout), n, t1, w.size(), cpu() - t, p.page.words.size(), p.quarter_turns);
        }
    }
}
