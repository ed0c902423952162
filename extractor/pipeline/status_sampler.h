#pragma once
// Answers the table builder's questions about a page's drawn statuses: from the page's drawing
// where it was read, else (the fallback: no core API, or a scan) from a raster, rendered on
// first question. The legend turns what is drawn into a status.
#include <memory>

#include "table/legend.h"
#include "pdf/page_pipeline.h"
#include "pdf/pdf_document.h"
#include "table/colour.h"
#include "table/glyph_names.h"
#include "table/marker.h"

namespace occx {

class StatusSampler : public ColourSampler {
public:
    // read_char, where given, reads a scan's lone marks (read_glyph).
    StatusSampler(PreparedPage& page, const PdfDocument& doc, PagePipeline& pipeline, Legend& legend,
                  MaskReader read_char = {})
        : page_(page), doc_(doc), pipeline_(pipeline), legend_(legend), read_char_(std::move(read_char)) {}

    CellColour classify(const Box& region) override;
    CellStatus read_status(const Box& region) override;
    std::string read_arrow(const Box& region) override;
    std::string read_glyph(const Box& region) override;
    MarkReading read_mark(const Box& region);
    // A Key's marker: as read_mark, but a text page without a drawing is rendered for it at
    // kKeyDpi (once a page), where a marker's shape can be told.
    MarkReading read_key_mark(const Box& region);
    // Whether the page came without a raster and one was rendered here, on a question.
    bool rendered_on_demand() const { return rendered_on_demand_; }

private:
    // The page's raster and the dpi it was rendered at, rendered on the first question. Both
    // come from one call: read_mark(raster(), page_.raster_dpi, ...) once read the dpi before
    // raster() had set it (argument order is unspecified), so the first marker of a page
    // rendered here rather than by a worker read at 0 dpi and came out wrong. With several
    // workers, which pages those are depends on timing: issue 14's "race".
    struct Raster {
        const RgbImage& image;
        double dpi;
    };
    Raster raster();
    bool page_in_colour();

    PreparedPage& page_;
    const PdfDocument& doc_;
    PagePipeline& pipeline_;
    Legend& legend_;
    MaskReader read_char_;
    std::unique_ptr<RgbImage> key_raster_;  // the page at kKeyDpi, rendered for its Key
    int in_colour_ = -1;  // unknown until asked
    bool rendered_on_demand_ = false;
};

// The low resolution a page is rendered at when its statuses are read from a render.
inline constexpr double kColourDpi = 50;

// The resolution a page's Key is rendered at in the fallback. At kColourDpi an 8.4 pt circle
// is 6 pixels across and reads as a square, and the Key then maps shapes the table's markers
// never have (a shape warning on every row); at 150 dpi it is 17 pixels, round. Only a page
// with a Key is rendered so, once per document as a rule, so the table pages stay at 50 dpi.
inline constexpr double kKeyDpi = 150;

RgbImage render_for_colour(const PdfDocument& doc, int page, int turned);

}  // namespace occx
