#include "pdf/pdf_document.h"

#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <cstring>

#include "util/error.h"

#ifdef OCCX_POPPLER_CORE
#include "pdf/core/page_reader.h"
#else
namespace occx {
class CorePageReader {};  // never made: without the core API pages are read by the cpp API only
}  // namespace occx
#endif

namespace occx {

namespace {

// Poppler's default error handler prints to stderr; a bad file already gets one clear line.
void silence_poppler(const std::string&, void*) {}

std::unique_ptr<poppler::page> open_page(poppler::document& doc, int number) {
    std::unique_ptr<poppler::page> p(doc.create_page(number - 1));
    if (!p) fail("page " + std::to_string(number), "cannot be read");
    return p;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// ustring is UTF-16; its own to_utf8() opens an iconv converter per call, which costs more
// than reading the page.
std::string utf8(const poppler::ustring& s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        char32_t c = s[i];
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] < 0xE000) {
            c = 0x10000 + ((c - 0xD800) << 10) + (char32_t(s[i + 1]) - 0xDC00);
            ++i;
        } else if (c >= 0xD800 && c < 0xE000) {
            c = 0xFFFD;  // a lone surrogate
        }
        append_utf8(out, c);
    }
    return out;
}

// format_rgb24 is the raster's own layout, 3 bytes a pixel in R, G, B order; only the rows'
// padding differs.
RgbImage rgb_from_rgb24(const poppler::image& img) {
    RgbImage out;
    out.width = img.width();
    out.height = img.height();
    const size_t row_bytes = size_t(out.width) * 3;
    out.pixels.resize(row_bytes * out.height);
    for (int row = 0; row < out.height; ++row)
        std::memcpy(out.pixels.data() + row * row_bytes, img.const_data() + size_t(row) * img.bytes_per_row(),
                    row_bytes);
    return out;
}

}  // namespace

PdfDocument::PdfDocument(std::string_view bytes) : bytes_(bytes) {
    poppler::set_debug_error_function(silence_poppler, nullptr);
    if (bytes_.size() > static_cast<size_t>(INT32_MAX)) fail("", "file too large");
    doc_.reset(poppler::document::load_from_raw_data(bytes_.data(), static_cast<int>(bytes_.size())));
    if (!doc_) fail("", "not a readable PDF (damaged or not a PDF)");
    if (doc_->is_locked()) fail("", "the PDF is encrypted and needs a password");
#ifdef OCCX_POPPLER_CORE
    core_ = std::make_unique<CorePageReader>(bytes_);
    if (!core_->ok()) core_.reset();
#endif
}

PdfDocument::~PdfDocument() {
    core_.reset();
    doc_.reset();
}

Page PdfDocument::read_words_and_drawing(int number, Drawing& drawing) const {
#ifdef OCCX_POPPLER_CORE
    if (core_) {
        if (number < 1 || number > page_count()) fail("page " + std::to_string(number), "cannot be read");
        return core_->read(number, drawing);
    }
#endif
    (void)drawing;
    return read_words(number);
}

int PdfDocument::page_count() const { return doc_->pages(); }

Page PdfDocument::read_words(int number) const {
    auto p = open_page(*doc_, number);
    Page page;
    page.number = number;
    auto rect = p->page_rect(poppler::media_box);
    page.width = rect.width();
    page.height = rect.height();
    // text_list reports boxes in the page's displayed orientation, origin top-left.
    if (p->orientation() == poppler::page::landscape || p->orientation() == poppler::page::seascape)
        std::swap(page.width, page.height);
    // Font names would cost a font scan per page; sizes come from the word boxes instead.
    for (auto& tb : p->text_list(0)) {
        Word w;
        w.text = utf8(tb.text());
        if (w.text.empty()) continue;
        auto b = tb.bbox();
        w.box = {b.left(), b.top(), b.right(), b.bottom()};
        w.rotation = tb.rotation() * 90;
        page.words.push_back(std::move(w));
    }
    return page;
}

RgbImage PdfDocument::render(int number, double dpi, Smoothing smoothing) const {
    auto p = open_page(*doc_, number);
    poppler::page_renderer renderer;
    renderer.set_render_hints(smoothing == Smoothing::on ? poppler::page_renderer::antialiasing : 0);
    renderer.set_image_format(poppler::image::format_rgb24);
    poppler::image img = renderer.render_page(p.get(), dpi, dpi);
    if (!img.is_valid()) fail("page " + std::to_string(number), "cannot be rendered");
    return rgb_from_rgb24(img);
}

}  // namespace occx
