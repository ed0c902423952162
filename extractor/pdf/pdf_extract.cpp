#include "pdf/pdf_extract.h"

#include <memory>

#include "pdf/page_orientation.h"
#include "pdf/page_pipeline.h"
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

RgbImage render_for_colour(const PdfDocument& doc, int page, int turned) {
    return rotate_raster(doc.render(page, kColourDpi), turned);
}

PreparedPage prepare_text_page(const PdfDocument& doc, int number, bool want_raster) {
    PreparedPage p;
    p.page = doc.read_words(number);
    p.turned = straighten_page(p.page);
    if (want_raster) {
        p.raster = std::make_unique<RgbImage>(render_for_colour(doc, number, p.turned));
        p.raster_dpi = kColourDpi;
    }
    return p;
}

// Answers from the prepared raster, or renders on first question and asks the pipeline to
// prepare rasters for the pages that follow.
class PreparedPageSampler : public ColourSampler {
public:
    PreparedPageSampler(PreparedPage& page, const PdfDocument& doc, PagePipeline& pipeline)
        : page_(page), doc_(doc), pipeline_(pipeline) {}

    CellColour classify(const Box& region) override {
        if (!page_.raster) {
            page_.raster = std::make_unique<RgbImage>(render_for_colour(doc_, page_.page.number, page_.turned));
            page_.raster_dpi = kColourDpi;
            pipeline_.want_rasters();
        }
        return RasterSampler(page_.raster.get(), page_.raster_dpi).classify(region);
    }

private:
    PreparedPage& page_;
    const PdfDocument& doc_;
    PagePipeline& pipeline_;
};

}  // namespace

ExtractResult extract_pdf(std::string_view bytes, const ExtractOptions& options, const PatternPack& pack) {
    PdfDocument doc(bytes);
    ExtractResult result;
    result.summary.pages = doc.page_count();
    TableBuilder builder(pack);
    PagePipeline pipeline(bytes, doc.page_count(), worker_count(options.jobs), prepare_text_page);
    PreparedPage prepared;
    while (pipeline.next(prepared)) {
        const int n = prepared.page.number;
        if (!prepared.error.empty()) fail("page " + std::to_string(n), prepared.error);
        for (const auto& note : prepared.page.notes) result.summary.notes.push_back("page " + std::to_string(n) + ": " + note);
        PreparedPageSampler sampler(prepared, doc, pipeline);
        builder.add_page(prepared.page, &sampler);
    }
    result.records = builder.finish(&result.summary);
    return result;
}

}  // namespace occx
