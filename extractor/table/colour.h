#pragma once
// Statuses shown only as colour (a filled shape or a coloured cell with no text).
#include <memory>

#include "model/document.h"
#include "model/raster.h"
#include "patterns/pattern_pack.h"

namespace occx {

enum class CellColour { none, green, amber, red, ambiguous };

const char* colour_status(CellColour c);  // GREEN, AMBER, RED, or nullptr

// Classifies the saturated pixels of a raster region [x0,x1)x[y0,y1) (pixels, clamped);
// fewer than min_pixels coloured pixels is no colour at all.
CellColour classify_region(const RgbImage& image, int x0, int y0, int x1, int y1, int min_pixels);

// A guess, from the words alone, that a page's statuses are drawn rather than written: it
// has measure ids but fewer status words (GREEN, ★, n/a ...) than ids. Rendering such a page
// ahead, off the main thread, is worth it; a wrong guess costs a render either way.
bool statuses_look_drawn(const Page& page, const PatternPack& pack);

// Answers "what colour is this region of the current page" for the table builder.
class ColourSampler {
public:
    virtual ~ColourSampler() = default;
    // region is in page points (top-left origin)
    virtual CellColour classify(const Box& region) = 0;
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
