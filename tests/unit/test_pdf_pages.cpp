#include <catch2/catch.hpp>

#include "ocr/page_decision.h"
#include "ocr/pix_image.h"
#include "pdf/page_pipeline.h"
#include "pipeline/glyph_ocr.h"
#include "pipeline/pdf_extract.h"
#include "pipeline/status_sampler.h"
#include "table/legend.h"
#include "table/marker.h"
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
    PagePipeline pipeline(std::make_shared<const std::string>(bytes), PdfDocument(bytes).page_count(), 2, page_preparer(options, repo_context()));
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
    // statuses come from the page's drawing, not from a render
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

#ifdef OCCX_POPPLER_CORE
TEST_CASE("a text layer drawn invisible is an earlier OCR's, and the page is OCR'd again", "[pdf][ocr]") {
    const std::string words = "Measure OCC01.02 Streetlights fitted with LED lanterns 1,200 1,150 GREEN";
    for (bool hidden : {false, true}) {
        PdfDocument doc(tiny_pdf(words, hidden));
        Drawing drawing;
        Page page = doc.read_words_and_drawing(1, drawing);
        CHECK(page.drawn_characters > 0);
        CHECK((page.hidden_characters == page.drawn_characters) == hidden);
        OcrDecision decision = decide_ocr(page, OcrMode::automatic);
        CHECK(decision.ocr == hidden);
        if (hidden) CHECK(decision.reason == "its text layer is invisible, an earlier OCR's under the page's image");
        // with OCR off, the hidden layer is still what there is to read
        CHECK_FALSE(decide_ocr(page, OcrMode::never).ocr);
    }
}

TEST_CASE("a text page's drawing holds its status markers, and its words are text_list's", "[pdf][drawing]") {
    const std::string bytes = read_file(std::string(OCCX_SAMPLES_DIR) + "/monthly-2022-07.pdf");
    PdfDocument doc(bytes);
    REQUIRE(doc.reads_drawings());
    Drawing drawing;
    Page page = doc.read_words_and_drawing(1, drawing);
    Page words = doc.read_words(1);
    REQUIRE(page.words.size() == words.words.size());
    for (size_t i = 0; i < page.words.size(); ++i) {
        CHECK(page.words[i].text == words.words[i].text);
        CHECK(page.words[i].box.x0 == Approx(words.words[i].box.x0));
        CHECK(page.words[i].box.y1 == Approx(words.words[i].box.y1));
    }
    // the Key's three circles: red, amber, green, top to bottom
    std::vector<CellColour> circles;
    for (const DrawnPath& p : drawing.paths)
        if (p.stroke_width == 0 && p.box.width() < 12 && p.box.width() > 5) circles.push_back(classify_rgb(p.colour));
    CHECK(circles == std::vector<CellColour>{CellColour::red, CellColour::amber, CellColour::green});

    // the 2024 reports' icons are images, decoded with their alpha
    const std::string icons = read_file(std::string(OCCX_SAMPLES_DIR) + "/monthly-2024-07.pdf");
    PdfDocument doc24(icons);
    Drawing d24;
    doc24.read_words_and_drawing(1, d24);
    REQUIRE(d24.images.size() >= 3);
    MarkReading m = read_mark(d24, d24.images.front().box);
    CHECK(m.shape == MarkShape::square);
    CHECK(m.colour != CellColour::none);
}
#endif

namespace {

// A page of the annex sample as if scanned: its text layer's words as OCR's, its ink at OCR's
// resolution, and no colour raster.
struct ScannedSample {
    static constexpr double kOcrDpi = 300;
    std::string bytes = read_file(std::string(OCCX_SAMPLES_DIR) + "/annex-a-2024-11.pdf");
    PdfDocument doc{bytes};
    Legend legend{repo_context().patterns()};
    PagePipeline idle{std::make_shared<const std::string>(bytes), 0, 1,
                      [](const PdfDocument&, int, bool) { return PreparedPage{}; }};
    PreparedPage scan;

    explicit ScannedSample(int page) {
        scan.page = doc.read_words(page);
        scan.page.method = PageMethod::ocr;
        scan.ink = std::make_unique<InkBitmap>(ink_bitmap(to_pix(doc.render(page, kOcrDpi)).get(), kMarkInkGrey));
        scan.ink_dpi = kOcrDpi;
    }
};

Box around(const Box& b, double dx, double dy) { return Box{b.x0 - dx, b.y0 - dy, b.x1 + dx, b.y1 + dy}; }

}  // namespace

// A scan's colour raster is kept at 100 or 150 dpi, where a 7 pt trend arrow is a blob of a few
// pixels; the sampler reads it from the page's ink at the resolution OCR saw.
TEST_CASE("a scanned page's trend mark is read from its ink at OCR's resolution", "[pdf][status]") {
    ScannedSample s(2);
    StatusSampler sampler(s.scan, s.doc, s.idle, s.legend);
    int read = 0;
    for (const Word& w : s.scan.page.words) {
        if (w.text != "↑" && w.text != "^") continue;
        CHECK(sampler.read_arrow(around(w.box, 4, 1)) == w.text);
        ++read;
    }
    CHECK(read >= 2);
}

// A lone unit sign that a scan's page reading dropped is read from the ink left in its cell
// once the words OCR read are blanked out, as one character.
TEST_CASE("a scanned page's lone unit sign is read from its ink, apart from the words OCR read", "[pdf][ocr]") {
    ScannedSample s(1);
    std::vector<Box> signs;
    for (const Word& w : s.scan.page.words)
        if (w.text == "#") signs.push_back(w.box);
    REQUIRE(signs.size() >= 2);
    std::erase_if(s.scan.page.words, [](const Word& w) { return w.text == "#"; });  // as if OCR dropped them
    StatusSampler sampler(s.scan, s.doc, s.idle, s.legend, lone_char_reader(repo_context().engines(), "eng"));
    size_t read = 0;
    for (const Box& b : signs) {
        const std::string sign = sampler.read_glyph(around(b, 3, 2));
        CHECK((sign == "#" || sign.empty()));  // Tesseract may have no reading of a lone sign, never a wrong one here
        read += sign == "#";
    }
    CHECK(read * 2 > signs.size());  // most
    StatusSampler blind(s.scan, s.doc, s.idle, s.legend);  // no reader: nothing is read
    CHECK(blind.read_glyph(around(signs[0], 3, 2)).empty());
}

// Issue 14's "race": with several workers, some pages reach the table builder without a raster
// (a worker took them before colour was asked about) and are rendered on the first question.
// That first answer must be the one a page rendered ahead gives.
TEST_CASE("a marker read from a page rendered on demand reads as from a page rendered ahead", "[pdf][status]") {
    const std::string bytes = read_file(std::string(OCCX_SAMPLES_DIR) + "/monthly-2022-07.pdf");
    PdfDocument doc(bytes);
    Legend legend(repo_context().patterns());
    PagePipeline idle(std::make_shared<const std::string>(bytes), 0, 1, [](const PdfDocument&, int, bool) { return PreparedPage{}; });
    constexpr int kPage = 5;
    PreparedPage ahead;
    ahead.page = doc.read_words(kPage);
    ahead.raster = std::make_unique<RgbImage>(render_for_colour(doc, kPage, 0));
    ahead.raster_dpi = kColourDpi;
    StatusSampler ahead_sampler(ahead, doc, idle, legend);
    std::vector<std::pair<Box, MarkReading>> marks;  // the first few cells with a marker
    for (double y = 0; y + 16 < ahead.page.height && marks.size() < 3; y += 8)
        for (double x = 0; x + 24 < ahead.page.width && marks.size() < 3; x += 8) {
            const Box cell{x, y, x + 24, y + 16};
            const MarkReading m = ahead_sampler.read_mark(cell);
            if (m.colour != CellColour::none) marks.emplace_back(cell, m);
        }
    REQUIRE(marks.size() == 3);
    for (const auto& [cell, want] : marks) {
        PreparedPage on_demand;
        on_demand.page = doc.read_words(kPage);
        StatusSampler sampler(on_demand, doc, idle, legend);
        const MarkReading got = sampler.read_mark(cell);  // the first question renders the page
        CHECK(got.colour == want.colour);
        CHECK(got.shape == want.shape);
        CHECK(got.grey == want.grey);
    }
}

#ifdef OCCX_POPPLER_CORE
// A scan's colour raster is coarse (100 dpi; 150 for grey pages), where a 5 pt star is a blob a
// reader takes for a circle or a diamond; a marker's shape is read again from the page's ink at
// OCR's resolution.
TEST_CASE("a scanned marker's shape is read from its ink where the colour raster is too coarse", "[pdf][status]") {
    constexpr double kCoarseDpi = 50, kOcrDpi = 300;
    const std::string bytes = read_file(std::string(OCCX_SAMPLES_DIR) + "/monthly-2022-07.pdf");
    PdfDocument doc(bytes);
    REQUIRE(doc.reads_drawings());
    Legend legend(repo_context().patterns());
    PagePipeline idle(std::make_shared<const std::string>(bytes), 0, 1, [](const PdfDocument&, int, bool) { return PreparedPage{}; });
    int coarse_right = 0, fine_right = 0, markers = 0;
    for (int n = 1; n <= doc.page_count() && markers < 6; ++n) {
        Drawing drawing;
        PreparedPage scan;
        scan.page = doc.read_words_and_drawing(n, drawing);
        scan.page.method = PageMethod::ocr;
        scan.raster = std::make_unique<RgbImage>(doc.render(n, kCoarseDpi));
        scan.raster_dpi = kCoarseDpi;
        scan.ink = std::make_unique<InkBitmap>(ink_bitmap(to_pix(doc.render(n, kOcrDpi)).get(), kMarkInkGrey));
        scan.ink_dpi = kOcrDpi;
        StatusSampler sampler(scan, doc, idle, legend);
        for (const DrawnPath& p : drawing.paths) {
            const Box cell = around(p.box, 2, 2);
            const MarkShape truth = read_mark(drawing, cell).shape;
            if (truth == MarkShape::none || p.box.width() > 12) continue;
            ++markers;
            coarse_right += read_mark(*scan.raster, kCoarseDpi, cell).shape == truth;
            fine_right += sampler.read_mark(cell).shape == truth;
        }
    }
    INFO("markers " << markers << ", right from the coarse raster " << coarse_right << ", with the ink " << fine_right);
    REQUIRE(markers >= 3);
    CHECK(fine_right == markers);
    CHECK(coarse_right < markers);
}
#endif
