#pragma once
// Statuses shown only as colour (a filled shape or a coloured cell with no text).
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "model/document.h"
#include "model/drawing.h"
#include "model/raster.h"
#include "patterns/pattern_pack.h"

namespace occx {

enum class CellColour { none, green, amber, red, ambiguous };

const char* colour_status(CellColour c);  // GREEN, AMBER, RED, or nullptr

// Classifies the saturated pixels of a raster region [x0,x1)x[y0,y1) (pixels, clamped);
// fewer than min_pixels coloured pixels is no colour at all.
CellColour classify_region(const RgbImage& image, int x0, int y0, int x1, int y1, int min_pixels);

// The status colour of one paint colour; none for black, white and greys.
CellColour classify_rgb(const Rgb& c);

// True when a raster shows any status colour at all (false for a greyscale or bilevel scan).
bool raster_has_colour(const RgbImage& image);

// A guess, from the words alone, that a page's statuses are drawn rather than written: it
// has measure ids but fewer status words (GREEN, ★, n/a ...) than ids. Rendering such a page
// ahead, off the main thread, is worth it; a wrong guess costs a render either way.
bool statuses_look_drawn(const Page& page, const PatternPack& pack);

// What a status cell with no status text shows: a status (GREEN, AMBER, RED) or none, and a
// note for the record's warnings (a doubt, or why there is no status).
struct CellStatus {
    CellStatus() = default;
    CellStatus(const char* s, std::string n) : status(s), note(std::move(n)) {}
    const char* status = nullptr;
    std::string note;
    std::optional<Rgb> paint;  // the drawn colour the status was read from, where it was
};

// A paint's hue in degrees [0, 360), or -1 for black, white and greys.
double paint_hue(const Rgb& c);

// Answers "what colour is this region of the current page" for the table builder.
class ColourSampler {
public:
    virtual ~ColourSampler() = default;
    // region is in page points (top-left origin)
    virtual CellColour classify(const Box& region) = 0;
    // The status a cell's drawing shows; by default, from its colour alone.
    virtual CellStatus read_status(const Box& region);
    // The trend arrow a scanned cell shows, where OCR could not read it; by default none.
    virtual std::string read_arrow(const Box& region);
    // The one character a scanned cell's largest blob of ink reads as, where OCR's reading of the
    // page dropped it (a lone unit sign); by default none.
    virtual std::string read_glyph(const Box& region);
};

// Samples a raster of the whole page rendered at `dpi` (points → pixels by dpi/72).
class RasterSampler : public ColourSampler {
public:
    RasterSampler(const RgbImage* image, double dpi) : image_(image), dpi_(dpi) {}
    CellColour classify(const Box& region) override;

private:
    const RgbImage* image_;
    double dpi_;
};

}  // namespace occx
