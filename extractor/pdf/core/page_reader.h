#pragma once
// One pass of Poppler's core text device per page gives both the words (as the cpp API's
// text_list would) and the drawing: fills, strokes, marker-sized images, coloured text. Built
// only where the core OutputDev API of the installed Poppler compiles (OCCX_POPPLER_CORE).
#include <map>
#include <memory>
#include <utility>
#include <string_view>

#include "model/document.h"
#include "model/drawing.h"

class PDFDoc;

namespace occx {

class GlyphFonts;

class CorePageReader {
public:
    // bytes must outlive the reader; ok() is false when Poppler cannot open them.
    explicit CorePageReader(std::string_view bytes);
    ~CorePageReader();
    CorePageReader(const CorePageReader&) = delete;
    CorePageReader& operator=(const CorePageReader&) = delete;

    bool ok() const;
    // Throws occx::Error (without the page number) when the page's content takes over
    // timeout_seconds to interpret, or draws more characters than any report page could: a
    // content stream a few megabytes long can inflate to gigabytes of operators.
    Page read(int number, Drawing& drawing, double timeout_seconds) const;
    // The megapixels of the largest image the page draws, as Poppler's Splash would scale it
    // to render the page at dpi: its placed sides, however the matrix skews them, each at least
    // one pixel. Splash allocates that whole scaled image before clipping it to the page, so an
    // image placed absurdly large or skewed costs gigabytes (or, past 2^31 bytes, prints "Bogus
    // memory allocation size" to stderr itself). Only images are looked at; nothing is drawn.
    double largest_image_megapixels(int number, double dpi) const;

private:
    std::unique_ptr<PDFDoc> doc_;
    std::unique_ptr<std::map<std::pair<int, int>, DrawnImage>> images_;  // decoded marker images
    std::unique_ptr<GlyphFonts> fonts_;  // fonts whose codes name no character, read once
};

}  // namespace occx
