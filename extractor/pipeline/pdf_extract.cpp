#include "pipeline/pdf_extract.h"

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "ocr/engine_pool.h"
#include "ocr/ocr_page.h"
#include "ocr/page_decision.h"
#include "pdf/page_orientation.h"
#include "pdf/page_pipeline.h"
#include "pipeline/glyph_ocr.h"
#include "pipeline/page_text.h"
#include "pipeline/second_reading.h"
#include "pipeline/status_sampler.h"
#include "table/glyph_names.h"
#include "table/legend.h"
#include "text/cabinet_parser.h"
#include "pdf/pdf_document.h"
#include "table/table_builder.h"
#include "util/error.h"

namespace occx {

namespace {

constexpr const char* kRenderFallbackNote = "statuses: read from a render (fallback: no drawing)";

PreparedPage prepare_text_page(const PdfDocument& doc, Page page, std::unique_ptr<Drawing> drawing, bool want_raster) {
    PreparedPage p;
    p.page = std::move(page);
    p.turned = straighten_page(p.page);
    if (drawing) {
        // A displayed page's size, before straighten_page turned it.
        const bool swapped = p.turned == 90 || p.turned == 270;
        turn_drawing(*drawing, p.turned, swapped ? p.page.height : p.page.width, swapped ? p.page.width : p.page.height);
        p.drawing = std::move(drawing);
        p.page.notes.push_back("statuses: read from the page's drawing");
    } else if (want_raster) {
        p.raster = std::make_unique<RgbImage>(render_for_colour(doc, p.page.number, p.turned));
        p.raster_dpi = kColourDpi;
    }
    return p;
}

// A page without a usable text layer: rendered, straightened and read by Tesseract; the
// straightened raster stays with it for colour questions.
PreparedPage prepare_ocr_page(const PdfDocument& doc, const Page& text_layer, const OcrOptions& options,
                              const RenderLimits& limits, EnginePool& engines, EnginePool& block_engines) {
    auto lease = engines.borrow();
    auto block_lease = block_engines.borrow();
    OcrOptions with_block = options;
    with_block.block_engine = &block_lease.engine();
    RgbImage rendered = doc.render(text_layer.number, options.dpi, PdfDocument::Smoothing::on, limits);
    OcrPage ocr = ocr_rendered_page(lease.engine(), std::move(rendered),
                                    text_layer.number, with_block);
    PreparedPage p;
    p.page = std::move(ocr.page);
    p.page.notes.insert(p.page.notes.begin(), text_layer.notes.begin(), text_layer.notes.end());
    p.raster = std::make_unique<RgbImage>(std::move(ocr.raster));
    p.raster_dpi = ocr.raster_dpi;
    if (!ocr.ink.bits.empty()) {
        p.ink = std::make_unique<InkBitmap>(std::move(ocr.ink));
        p.ink_dpi = ocr.ink_dpi;
    }
    p.page.notes.push_back("statuses: read from the scan's raster");
    return p;
}

// OCCX_STATUS_FROM=render makes text pages use the render fallback, as a build without
// Poppler's core API does: to test that path and to measure against it.
bool drawing_disabled() {
    const char* from = std::getenv("OCCX_STATUS_FROM");
    return from && std::string_view(from) == "render";
}

}  // namespace

PreparePage page_preparer(const ExtractOptions& options, Context& context) {
    const PatternPack& pack = context.patterns();
    OcrOptions ocr;
    ocr.dpi = options.dpi;
    ocr.patterns = &pack;
    OcrMode mode = options.ocr;
    const bool use_drawing = !drawing_disabled();
    RenderLimits limits = options.render;
    EnginePool* engines = &context.engines().pool(ocr.language, ocr.layout);
    EnginePool* block_engines = &context.engines().pool(ocr.language, OcrLayout::single_block);
    return [ocr, mode, use_drawing, limits, &pack, engines, block_engines](const PdfDocument& doc, int number, bool want_raster) {
        // One pass gives the words and the drawing where Poppler's core API is there.
        std::unique_ptr<Drawing> drawing;
        if (use_drawing && doc.reads_drawings()) drawing = std::make_unique<Drawing>();
        Page page = drawing ? doc.read_words_and_drawing(number, *drawing, limits) : doc.read_words(number);
        OcrDecision decision = decide_ocr(page, mode);
        page.notes.push_back(decision.ocr ? "OCR: " + decision.reason : decision.reason);
        if (decision.ocr) {
            // millions of paths and no text: no scan, and a render that would only time out
            if (drawing && drawing->dropped_paths > 0)
                fail("", "it draws more paths than any report page and no text: not rendered for OCR");
            try {
                return prepare_ocr_page(doc, page, ocr, limits, *engines, *block_engines);
            } catch (const Error& e) {
                // OCR refused (a render too large or too slow, no OCR module) leaves the text
                // layer, thin as it is; a page without one is skipped.
                if (page.words.empty()) throw;
                PreparedPage kept = prepare_text_page(doc, std::move(page), std::move(drawing), false);
                kept.warning = std::string("not OCR'd: ") + e.what() + "; its text layer is read instead";
                return kept;
            }
        }
        want_raster = !drawing && (want_raster || statuses_look_drawn(page, pack));
        if (want_raster) page.notes.push_back(kRenderFallbackNote);
        return prepare_text_page(doc, std::move(page), std::move(drawing), want_raster);
    };
}

namespace {

// Roughly what a prepared page holds in memory: its raster, words and drawing.
size_t held_bytes(const PreparedPage& p) {
    size_t n = p.raster ? p.raster->pixels.size() : 0;
    n += p.ink ? p.ink->bits.size() * sizeof(std::uint64_t) : 0;
    n += p.page.words.size() * (sizeof(Word) + 16);
    if (p.drawing) {
        for (const auto& path : p.drawing->paths) {
            n += sizeof(DrawnPath);
            for (const auto& sub : path.subpaths) n += sub.size() * sizeof(Point);
        }
        for (const auto& image : p.drawing->images) n += sizeof(DrawnImage) + image.pixels.pixels.size() + image.alpha.size();
        n += p.drawing->texts.size() * sizeof(ColouredText) + p.drawing->glyphs.size() * sizeof(UnnamedGlyph);
    }
    return n;
}

// The pages of a document kept for a second reading, within a memory budget.
class KeptPages {
public:
    struct Kept {
        PreparedPage prepared;  // its raster moved to `raster`
        PackedRaster raster;    // a grey scan's in a third of the bytes
    };

    void keep(PreparedPage&& page) {
        if (over_) return;
        Kept kept{std::move(page), {}};
        if (kept.prepared.raster) {
            kept.raster = pack_raster(std::move(*kept.prepared.raster));
            kept.prepared.raster.reset();
        }
        bytes_ += held_bytes(kept.prepared) + kept.raster.bytes.size();
        if (bytes_ > kSecondReadingBudget) {
            over_ = true;
            pages_.clear();
            return;
        }
        pages_.push_back(std::move(kept));
    }
    bool complete() const { return !over_; }
    std::vector<Kept>& pages() { return pages_; }

private:
    // What a document's pages may hold for a second reading: some 24 scanned A4 pages with
    // their 100 dpi colour rasters and 300 dpi ink, or 29 grey ones at 150 dpi (a monthly
    // report has 10 to 20), or a thousand text pages; a longer document is read once. A third
    // of the 300 MB any input may take: OCR's workers need the rest.
    static constexpr size_t kSecondReadingBudget = size_t(96) << 20;
    std::vector<Kept> pages_;
    size_t bytes_ = 0;
    bool over_ = false;
};

// The kept pages read again under the settled header, with their rasters and drawings.
std::vector<Record> read_again(KeptPages& kept, const Header& settled, const PdfDocument& doc, PagePipeline& pipeline,
                               Legend& legend, const MaskReader& lone_chars, const PatternPack& pack,
                               DocumentSummary* summary) {
    TableBuilder builder(pack);
    builder.settle_header(settled);
    for (auto& [prepared, raster] : kept.pages()) {
        if (raster.width > 0) prepared.raster = std::make_unique<RgbImage>(unpack_raster(raster));
        StatusSampler sampler(prepared, doc, pipeline, legend, lone_chars);
        builder.add_page(prepared.page, &sampler);
        prepared.raster.reset();  // one page's raster unpacked at a time
    }
    return builder.finish(summary);
}

}  // namespace

ExtractResult extract_pdf(std::string_view bytes, const ExtractOptions& options, Context& context) {
    const PatternPack& pack = context.patterns();
    PdfDocument doc(bytes);
    if (doc.page_count() > options.max_pages)
        fail("", "has " + std::to_string(doc.page_count()) + " pages, over the limit of " +
                     std::to_string(options.max_pages) + " (--max-pages or OCCX_MAX_PAGES raise it)");
    ExtractResult result;
    result.summary.pages = doc.page_count();
    result.summary.document_date = doc.document_date();
    TableBuilder builder(pack);
    Legend legend(pack);
    GlyphNamer glyphs(pack, glyph_reader_for(options, context));
    const MaskReader lone_chars = mask_reader_for(options, context);
    PagePipeline pipeline(doc.bytes(), doc.page_count(), worker_count(options.jobs), page_preparer(options, context));
    std::vector<std::string> cabinet_lines;  // the text, in case this is a covering report
    KeptPages kept;
    PreparedPage prepared;
    int pages_done = 0;
    while (pipeline.next(prepared)) {
        const int n = prepared.page.number;
        if (options.on_page) options.on_page(++pages_done, doc.page_count(), prepared.page.method == PageMethod::ocr);
        // One unreadable page costs its own rows, not the document's.
        if (!prepared.error.empty()) {
            result.summary.warnings.push_back("page " + std::to_string(n) + ": skipped: " + prepared.error);
            continue;
        }
        if (!prepared.warning.empty()) result.summary.warnings.push_back("page " + std::to_string(n) + ": " + prepared.warning);
        if (prepared.drawing) glyphs.name_glyphs(prepared.page, *prepared.drawing);
        for (const auto& note : prepared.page.notes) result.summary.notes.push_back("page " + std::to_string(n) + ": " + note);
        if (prepared.page.method == PageMethod::ocr) ++result.summary.ocr_pages;
        StatusSampler sampler(prepared, doc, pipeline, legend, lone_chars);
        // The Key sits before the tables (on the cover of a monthly report).
        if (!builder.has_rows() && legend.learn(prepared.page, [&](const Box& b) { return sampler.read_key_mark(b); }))
            result.summary.notes.push_back("page " + std::to_string(n) + ": " + legend.describe());
        builder.add_page(prepared.page, &sampler);
        // A page a worker took before colour was asked about is rendered here instead.
        if (sampler.rendered_on_demand())
            result.summary.notes.push_back("page " + std::to_string(n) + ": " + kRenderFallbackNote);
        // A document with measure rows is a report or an annex, not a covering report: its
        // lines need not be kept (laying them out costs a tenth of the extraction).
        if (builder.has_rows()) cabinet_lines.clear();
        else for (auto& line : lines_as_cells(prepared.page, pack)) cabinet_lines.push_back(std::move(line));
        kept.keep(std::move(prepared));
    }
    const DocumentSummary before_rows = result.summary;
    result.records = builder.finish(&result.summary);
    if (auto settled = header_to_read_again(builder.header_readings(), builder.ids_before_a_header() > 0);
        settled && kept.complete()) {
        DocumentSummary again = before_rows;
        std::vector<Record> records = read_again(kept, *settled, doc, pipeline, legend, lone_chars, pack, &again);
        if (reads_more(records, result.records)) {
            again.notes.insert(again.notes.begin(), kReadAgainNote);
            result.records = std::move(records);
            result.summary = std::move(again);
        }
    }
    legend.settle(result.records);
    if (result.records.empty() && looks_like_cabinet_report(cabinet_lines, pack)) {
        result.cabinet = parse_cabinet_lines(cabinet_lines, pack);
        result.cabinet->source.method = result.summary.ocr_pages ? "ocr" : "text";
        for (int n = 1; n <= doc.page_count(); ++n) result.cabinet->source.pages.push_back(n);
        if (!result.summary.period.period_end) result.summary.period = result.cabinet->report;
    }
    return result;
}

}  // namespace occx
