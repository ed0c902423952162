#include "pipeline/status_sampler.h"

#include <memory>
#include <string>

namespace occx {

RgbImage render_for_colour(const PdfDocument& doc, int page, int turned) {
    return rotate_raster(doc.render(page, kColourDpi, PdfDocument::Smoothing::off), turned);
}

StatusSampler::Raster StatusSampler::raster() {
    if (!page_.raster) {
        page_.raster = std::make_unique<RgbImage>(render_for_colour(doc_, page_.page.number, page_.turned));
        page_.raster_dpi = kColourDpi;
        rendered_on_demand_ = true;
    }
    return {*page_.raster, page_.raster_dpi};
}

bool StatusSampler::page_in_colour() {
    if (page_.drawing) return true;  // a drawing's greys are greys
    if (in_colour_ < 0) in_colour_ = raster_has_colour(raster().image);
    return in_colour_ == 1;
}

CellColour StatusSampler::classify(const Box& region) {
    if (page_.drawing) return read_mark(region).colour;
    const Raster r = raster();
    CellColour colour = RasterSampler(&r.image, r.dpi).classify(region);
    // Only a report that shows statuses as colour needs its next pages rendered ahead; an
    // empty status cell in a report of words or glyphs does not.
    if (colour != CellColour::none) pipeline_.want_rasters();
    return colour;
}

MarkReading StatusSampler::read_mark(const Box& region) {
    if (page_.drawing) return occx::read_mark(*page_.drawing, region);
    const Raster r = raster();
    MarkReading mark = occx::read_mark(r.image, r.dpi, region);
    if (mark.found()) pipeline_.want_rasters();
    return mark;
}

std::string StatusSampler::read_arrow(const Box& region) {
    // A text page's trend is its text; a scan's raster is there already.
    if (page_.page.method != PageMethod::ocr || !page_.raster) return "";
    return occx::read_arrow(*page_.raster, page_.raster_dpi, region);
}

MarkReading StatusSampler::read_key_mark(const Box& region) {
    // A scan has only its own raster; a drawing has no resolution.
    if (page_.drawing || page_.page.method == PageMethod::ocr) return read_mark(region);
    if (!key_raster_) {
        key_raster_ = std::make_unique<RgbImage>(
            rotate_raster(doc_.render(page_.page.number, kKeyDpi, PdfDocument::Smoothing::off), page_.turned));
        rendered_on_demand_ = rendered_on_demand_ || !page_.raster;
    }
    const MarkReading mark = occx::read_mark(*key_raster_, kKeyDpi, region);
    if (mark.found()) pipeline_.want_rasters();  // a drawn Key: the tables' statuses are drawn too
    return mark;
}

CellStatus StatusSampler::read_status(const Box& region) {
    const MarkReading mark = read_mark(region);
    CellStatus status = legend_.decide(mark, page_in_colour());
    // a status its paint gave may be read again against the document's other paints
    const char* by_colour = colour_status(mark.colour);
    if (status.status && by_colour && std::string(status.status) == by_colour) status.paint = mark.paint;
    return status;
}

}  // namespace occx
