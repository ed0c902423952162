#pragma once
// Poppler's text device, also keeping what the page draws: the words come as TextOutputDev
// makes them, and fills, strokes and marker-sized images are collected on the way. No glyph
// and no pixel is drawn; only images small enough to be a status marker are decoded.
#include <TextOutputDev.h>

#include <functional>
#include <map>
#include <utility>

#include "model/drawing.h"
#include "pdf/core/glyph_fonts.h"

namespace occx {

// Marker images already decoded, by object reference (their pixels and alpha; box unused).
using ImageCache = std::map<std::pair<int, int>, DrawnImage>;

class DrawingDevice : public TextOutputDev {
public:
    // page_area in square points: paths covering most of it are page backgrounds, not kept.
    DrawingDevice(Drawing& out, double page_area, ImageCache& cache, GlyphFonts& fonts);

    // The characters the page has drawn so far, to bound a content stream that never ends
    // (each one costs Poppler's text device some hundred bytes).
    long characters() const { return characters_; }
    // Of those, the ones drawn invisible (render mode 3): an earlier OCR's text under a scan.
    long hidden_characters() const { return hidden_; }

    bool needNonText() override { return true; }
    // A character its font cannot name reaches the words as U+FFFD, its outline the drawing.
    void drawChar(GfxState* state, double x, double y, double dx, double dy, double originX, double originY,
                  CharCode c, int nBytes, const Unicode* u, int uLen) override;
    void fill(GfxState* state) override;
    void eoFill(GfxState* state) override;
    void stroke(GfxState* state) override;
    void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height, GfxImageColorMap* colorMap,
                   bool interpolate, const int* maskColors, bool inlineImg) override;
    void drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert,
                       bool interpolate, bool inlineImg) override;
    void drawMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                         GfxImageColorMap* colorMap, bool interpolate, Stream* maskStr, int maskWidth,
                         int maskHeight, bool maskInvert, bool maskInterpolate) override;
    void drawSoftMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                             GfxImageColorMap* colorMap, bool interpolate, Stream* maskStr, int maskWidth,
                             int maskHeight, GfxImageColorMap* maskColorMap, bool maskInterpolate) override;

private:
    void add_path(GfxState* state, bool even_odd, bool stroked);
    // Adds an image at its box: its pixels from the cache, or decoded (and cached) by decode.
    void place(Object* ref, DrawnImage img, bool flipped, const std::function<void(DrawnImage&)>& decode);
    // The image's box on the page when it is small enough to be a marker, else nothing.
    bool marker_box(GfxState* state, int width, int height, Box& box, bool& flipped) const;
    bool masked_marker(GfxState* state, int width, int height, int mask_width, int mask_height, Box& box,
                       bool& flipped) const;

    Drawing& out_;
    double page_area_;
    long characters_ = 0, hidden_ = 0, path_points_ = 0;
    ImageCache& cache_;
    GlyphFonts& fonts_;
};

}  // namespace occx
