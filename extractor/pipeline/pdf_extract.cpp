#include "pipeline/pdf_extract.h"

#include <memory>

#include "ocr/engine_pool.h"
#include "ocr/ocr_page.h"
#include "ocr/page_decision.h"
#include "pdf/page_orientation.h"
#include "pdf/page_pipeline.h"
#include "pipeline/page_text.h"
#include "text/cabinet_parser.h"
#include "pdf/pdf_document.h"
#include "table/colour.h"
#include "table/table_builder.h"
#include "util/error.h"

namespace occx {

namespace {

// Statuses drawn as shapes are read from a low-resolution render of the page. Rendering costs
// more than reading the text, so a page is rendered only once colour has been asked about,
// and then by the workers, ahead, in parallel with the reading.
constexpr double kColourDpi = 50;

RgbImage render_for_colour(const PdfDocument& doc, int page, int turned, const RenderLimits& limits) {
    return rotate_raster(doc.render(page, kColourDpi, PdfDocument::Smoothing::off, limits), turned);
}

PreparedPage prepare_text_page(const PdfDocument& doc, Page page, bool want_raster, const RenderLimits& limits) {
    PreparedPage p;
    p.page = std::move(page);
    p.turned = straighten_page(p.page);
    if (want_raster) {
        p.raster = std::make_unique<RgbImage>(render_for_colour(doc, p.page.number, p.turned, limits));
        p.raster_dpi = kColourDpi;
    }
    return p;
}

// A page without a usable text layer: rendered, straightened and read by Tesseract; the
// straightened raster stays with it for colour questions.
PreparedPage prepare_ocr_page(const PdfDocument& doc, const Page& text_layer, const OcrOptions& options,
                              const RenderLimits& limits) {
    auto lease = EnginePool::shared(options.language, options.layout).borrow();
    RgbImage rendered = doc.render(text_layer.number, options.dpi, PdfDocument::Smoothing::on, limits);
    OcrPage ocr = ocr_rendered_page(lease.engine(), std::move(rendered),
                                    text_layer.number, options);
    PreparedPage p;
    p.page = std::move(ocr.page);
    p.page.notes.insert(p.page.notes.begin(), text_layer.notes.begin(), text_layer.notes.end());
    p.raster = std::make_unique<RgbImage>(std::move(ocr.raster));
    p.raster_dpi = ocr.raster_dpi;
    return p;
}

}  // namespace

PreparePage page_preparer(const ExtractOptions& options, const PatternPack& pack) {
    OcrOptions ocr;
    ocr.dpi = options.dpi;
    ocr.patterns = &pack;
    OcrMode mode = options.ocr;
    RenderLimits limits = options.render;
    return [ocr, mode, limits, &pack](const PdfDocument& doc, int number, bool want_raster) {
        Page page = doc.read_words(number);
        OcrDecision decision = decide_ocr(page, mode);
        page.notes.push_back(decision.ocr ? "OCR: " + decision.reason : decision.reason);
        if (decision.ocr) return prepare_ocr_page(doc, page, ocr, limits);
        want_raster = want_raster || statuses_look_drawn(page, pack);
        return prepare_text_page(doc, std::move(page), want_raster, limits);
    };
}

namespace {

// Answers from the prepared raster, or renders on first question; once a colour is found,
// asks the pipeline to prepare rasters for the pages that follow.
class PreparedPageSampler : public ColourSampler {
public:
    PreparedPageSampler(PreparedPage& page, const PdfDocument& doc, PagePipeline& pipeline,
                        const RenderLimits& limits, std::vector<std::string>& warnings)
        : page_(page), doc_(doc), pipeline_(pipeline), limits_(limits), warnings_(warnings) {}

    CellColour classify(const Box& region) override {
        if (!page_.raster && !render_failed_) render_page();
        if (!page_.raster) return CellColour::none;
        CellColour colour = RasterSampler(page_.raster.get(), page_.raster_dpi).classify(region);
        // Only a report that shows statuses as colour needs its next pages rendered ahead; an
        // empty status cell in a report of words or glyphs does not.
        if (colour != CellColour::none) pipeline_.want_rasters();
        return colour;
    }

private:
    // A page that cannot be rendered keeps its text: its colours are unknown, asked once.
    void render_page() {
        try {
            page_.raster = std::make_unique<RgbImage>(render_for_colour(doc_, page_.page.number, page_.turned, limits_));
            page_.raster_dpi = kColourDpi;
        } catch (const Error& e) {
            render_failed_ = true;
            warnings_.push_back("page " + std::to_string(page_.page.number) + ": colours not read: " + e.what());
        }
    }

    PreparedPage& page_;
    const PdfDocument& doc_;
    PagePipeline& pipeline_;
    const RenderLimits& limits_;
    std::vector<std::string>& warnings_;
    bool render_failed_ = false;
};

}  // namespace

ExtractResult extract_pdf(std::string_view bytes, const ExtractOptions& options, const PatternPack& pack) {
    PdfDocument doc(bytes);
    ExtractResult result;
    result.summary.pages = doc.page_count();
    TableBuilder builder(pack);
    PagePipeline pipeline(bytes, doc.page_count(), worker_count(options.jobs), page_preparer(options, pack));
    std::vector<std::string> cabinet_lines;  // the text, in case this is a covering report
    PreparedPage prepared;
    while (pipeline.next(prepared)) {
        const int n = prepared.page.number;
        // One unreadable page costs its own rows, not the document's.
        if (!prepared.error.empty()) {
            result.summary.warnings.push_back("page " + std::to_string(n) + ": skipped: " + prepared.error);
            continue;
        }
        for (const auto& note : prepared.page.notes) result.summary.notes.push_back("page " + std::to_string(n) + ": " + note);
        if (prepared.page.method == PageMethod::ocr) ++result.summary.ocr_pages;
        PreparedPageSampler sampler(prepared, doc, pipeline, options.render, result.summary.warnings);
        builder.add_page(prepared.page, &sampler);
        // A document with measure rows is a report or an annex, not a covering report: its
        // lines need not be kept (laying them out costs a tenth of the extraction).
        if (builder.has_rows()) cabinet_lines.clear();
        else for (auto& line : lines_as_cells(prepared.page, pack)) cabinet_lines.push_back(std::move(line));
    }
    result.records = builder.finish(&result.summary);
    if (result.records.empty() && looks_like_cabinet_report(cabinet_lines, pack)) {
        result.cabinet = parse_cabinet_lines(cabinet_lines, pack);
        result.cabinet->source.method = result.summary.ocr_pages ? "ocr" : "text";
        for (int n = 1; n <= doc.page_count(); ++n) result.cabinet->source.pages.push_back(n);
        if (!result.summary.period.period_end) result.summary.period = result.cabinet->report;
    }
    return result;
}

}  // namespace occx
