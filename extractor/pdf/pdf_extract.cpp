#include "pdf/pdf_extract.h"

#include <memory>

#include "pdf/page_orientation.h"
#include "pdf/pdf_document.h"
#include "table/colour.h"
#include "table/table_builder.h"
#include "util/error.h"

namespace occx {

namespace {

// Statuses drawn as shapes are read from a low-resolution render, made only when asked for.
constexpr double kColourDpi = 50;

class LazyPageSampler : public ColourSampler {
public:
    LazyPageSampler(const PdfDocument& doc, int page, int rotation)
        : doc_(doc), page_(page), rotation_(rotation) {}
    CellColour classify(const Box& region) override {
        if (!image_) image_ = std::make_unique<RgbImage>(rotate_raster(doc_.render(page_, kColourDpi), rotation_));
        return RasterSampler(image_.get(), kColourDpi).classify(region);
    }

private:
    const PdfDocument& doc_;
    int page_;
    int rotation_;  // the page was turned back by this much to read its text
    std::unique_ptr<RgbImage> image_;
};

}  // namespace

ExtractResult extract_pdf(std::string_view bytes, const ExtractOptions& options, const PatternPack& pack) {
    (void)options;
    PdfDocument doc(bytes);
    ExtractResult result;
    result.summary.pages = doc.page_count();
    TableBuilder builder(pack);
    for (int n = 1; n <= doc.page_count(); ++n) {
        Page page = doc.read_words(n);
        int turned = straighten_page(page);
        LazyPageSampler sampler(doc, n, turned);
        builder.add_page(page, &sampler);
    }
    result.records = builder.finish(&result.summary);
    return result;
}

}  // namespace occx
