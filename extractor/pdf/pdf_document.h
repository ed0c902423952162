#pragma once
// A PDF opened with Poppler's C++ API: page text as positioned words, and page rendering.
// Not thread-safe: each worker opens its own PdfDocument over the same bytes.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"
#include "model/drawing.h"
#include "model/extraction.h"
#include "model/raster.h"

namespace poppler {
class document;
}

namespace occx {

class CorePageReader;

// Renders that overran their time and were left running (Poppler cannot be interrupted):
// a process with any must leave with std::_Exit, as their threads still use Poppler.
int abandoned_renders();

class PdfDocument {
public:
    // Throws occx::Error when the bytes are not a readable PDF (or it is encrypted).
    explicit PdfDocument(std::string_view bytes);
    // Reads from bytes another document already holds: a worker's copy of a large file costs
    // nothing (Poppler only reads it).
    explicit PdfDocument(std::shared_ptr<const std::string> bytes);
    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    int page_count() const;
    // When the PDF says it was made (its CreationDate, else ModDate), as ISO UTC
    // "YYYY-MM-DDTHH:MM:SSZ"; nullopt when it says neither.
    std::optional<std::string> document_date() const;
    // The page's text layer as words, in top-left-origin points of the page as displayed.
    Page read_words(int number) const;
    // True when pages can be read with their drawing (Poppler's core API was found at build time).
    bool reads_drawings() const { return core_ != nullptr; }
    const std::shared_ptr<const std::string>& bytes() const { return bytes_; }
    // The words as read_words gives them, and the page's drawing, in one pass; only when
    // reads_drawings(). Throws occx::Error when the page's content overruns limits' time or
    // draws more characters than a report page could.
    Page read_words_and_drawing(int number, Drawing& drawing, const RenderLimits& limits = {}) const;
    // Renders the whole page at dpi (a render of part of a page costs Poppler about as much).
    // Smoothing (antialiasing) is for reading; colour sampling needs only the fills, and
    // antialiasing costs a sixth of a render.
    enum class Smoothing { on, off };
    // Throws occx::Error (without the page number: callers name the page) when the render
    // would exceed limits' pixels (the page's, or an image's as scaled to draw it) or overruns
    // its time.
    RgbImage render(int number, double dpi, Smoothing smoothing = Smoothing::on,
                    const RenderLimits& limits = {}) const;

private:
    // Refuses a render (occx::Error) when an image on the page would be scaled past the pixel
    // budget: Splash allocates an image's whole scaled raster before clipping it to the page.
    void check_image_sizes(int number, double dpi, const RenderLimits& limits) const;

    // Shared with a render left running after its timeout, which still reads them.
    std::shared_ptr<const std::string> bytes_;  // Poppler reads from this buffer
    mutable std::shared_ptr<poppler::document> doc_;
    std::unique_ptr<CorePageReader> core_;  // after doc_: it needs Poppler's globals doc_ holds
};

}  // namespace occx
