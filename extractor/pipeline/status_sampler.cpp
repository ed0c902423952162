#include "pipeline/status_sampler.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <utility>

#include "util/text.h"

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
    // A scan's marker has its shape read again from its ink at the resolution OCR saw: in the
    // colour raster a 5 pt star is a blob of seven pixels, a circle to any reader.
    if (mark.shape != MarkShape::none && page_.ink && page_.ink_dpi > r.dpi) {
        Box local;
        const RgbImage crop = ink_crop(*page_.ink, page_.ink_dpi, region, local);
        if (const MarkShape fine = occx::read_mark(crop, page_.ink_dpi, local).shape; fine != MarkShape::none)
            mark.shape = fine;
    }
    return mark;
}

std::string StatusSampler::read_arrow(const Box& region) {
    // A text page's trend is its text. A scan's is read from its ink at the resolution OCR saw,
    // and where a blurred scan's strokes run together there, from the coarser colour raster,
    // where a thick stroke is a thin one again.
    if (page_.page.method != PageMethod::ocr) return "";
    if (page_.ink) {
        Box local;
        const RgbImage crop = ink_crop(*page_.ink, page_.ink_dpi, region, local);
        if (std::string mark = occx::read_arrow(crop, page_.ink_dpi, local); !mark.empty()) return mark;
    }
    return page_.raster ? occx::read_arrow(*page_.raster, page_.raster_dpi, region) : "";
}

namespace {

// Ink under this area (points squared) is a scan's speck, not a character: a 6 pt "#" is about 8.
constexpr double kMinGlyphInk = 2.0;
// A blob spanning this share of its cell's width or height is a ruling or a smear, not a sign.
constexpr double kMaxGlyphSpan = 0.9;
// Pixels around a word's box that are its ink too (a box is fitted to the ink it was read from).
constexpr int kWordInkMargin = 2;

// Blanks the ink of the words OCR read from crop (region of the page at dpi, `local` in the
// crop's points): what is left is ink the page's reading dropped.
void blank_words(RgbImage& crop, const Box& region, const Box& local, double dpi, const std::vector<Word>& words) {
    const double s = dpi / 72.0;
    const double left = region.x0 - local.x0, top = region.y0 - local.y0;  // the crop's origin, in points
    for (const Word& w : words) {
        if (!has_letter_or_digit(w.text)) continue;  // OCR's guess at a mark: "*]", "‘|"
        if (w.box.x1 < region.x0 || w.box.x0 > region.x1 || w.box.y1 < region.y0 || w.box.y0 > region.y1) continue;
        const int x0 = std::clamp(int(std::floor((w.box.x0 - left) * s)) - kWordInkMargin, 0, crop.width);
        const int x1 = std::clamp(int(std::ceil((w.box.x1 - left) * s)) + kWordInkMargin, 0, crop.width);
        const int y0 = std::clamp(int(std::floor((w.box.y0 - top) * s)) - kWordInkMargin, 0, crop.height);
        const int y1 = std::clamp(int(std::ceil((w.box.y1 - top) * s)) + kWordInkMargin, 0, crop.height);
        if (x1 <= x0) continue;
        for (int y = y0; y < y1; ++y)
            std::fill_n(&crop.pixels[3 * (size_t(y) * crop.width + size_t(x0))], 3 * size_t(x1 - x0), 255);
    }
}

}  // namespace

std::string StatusSampler::read_glyph(const Box& region) {
    if (page_.page.method != PageMethod::ocr || !page_.ink || !read_char_) return "";
    Box local;
    RgbImage crop = ink_crop(*page_.ink, page_.ink_dpi, region, local);
    blank_words(crop, region, local, page_.ink_dpi, page_.page.words);
    const Mask ink = mask_from_raster(crop, 0, 0, crop.width, crop.height);
    const double s = page_.ink_dpi / 72.0;
    if (ink.count() < kMinGlyphInk * s * s || ink.width >= kMaxGlyphSpan * crop.width ||
        ink.height >= kMaxGlyphSpan * crop.height)
        return "";
    return read_char_(ink);
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
