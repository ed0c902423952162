#include "pdf/pdf_document.h"

#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <cmath>
#include <cstring>

#include "util/error.h"

namespace occx {

namespace {

// Poppler's default error handler prints to stderr; a bad file already gets one clear line.
void silence_poppler(const std::string&, void*) {}

std::unique_ptr<poppler::page> open_page(poppler::document& doc, int number) {
    std::unique_ptr<poppler::page> p(doc.create_page(number - 1));
    if (!p) fail("page " + std::to_string(number), "cannot be read");
    return p;
}

std::string utf8(const poppler::ustring& s) {
    auto bytes = s.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

}  // namespace

PdfDocument::PdfDocument(std::string_view bytes) : bytes_(bytes) {
    poppler::set_debug_error_function(silence_poppler, nullptr);
    if (bytes_.size() > static_cast<size_t>(INT32_MAX)) fail("", "file too large");
    doc_.reset(poppler::document::load_from_raw_data(bytes_.data(), static_cast<int>(bytes_.size())));
    if (!doc_) fail("", "not a readable PDF (damaged or not a PDF)");
    if (doc_->is_locked()) fail("", "the PDF is encrypted and needs a password");
}

PdfDocument::~PdfDocument() = default;

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
    for (auto& tb : p->text_list(poppler::page::text_list_include_font)) {
        Word w;
        w.text = utf8(tb.text());
        if (w.text.empty()) continue;
        auto b = tb.bbox();
        w.box = {b.left(), b.top(), b.right(), b.bottom()};
        w.rotation = tb.rotation() * 90;
        if (tb.has_font_info()) {
            w.font = tb.get_font_name();
            w.font_size = tb.get_font_size();
        }
        page.words.push_back(std::move(w));
    }
    return page;
}

RgbImage PdfDocument::render(int number, double dpi, const Box* region) const {
    auto p = open_page(*doc_, number);
    poppler::page_renderer renderer;
    renderer.set_render_hints(poppler::page_renderer::antialiasing | poppler::page_renderer::text_antialiasing);
    renderer.set_image_format(poppler::image::format_rgb24);
    const double scale = dpi / 72.0;
    int x = -1, y = -1, w = -1, h = -1;
    if (region) {
        x = static_cast<int>(std::floor(region->x0 * scale));
        y = static_cast<int>(std::floor(region->y0 * scale));
        w = std::max(1, static_cast<int>(std::ceil(region->width() * scale)));
        h = std::max(1, static_cast<int>(std::ceil(region->height() * scale)));
    }
    poppler::image img = renderer.render_page(p.get(), dpi, dpi, x, y, w, h);
    if (!img.is_valid()) fail("page " + std::to_string(number), "cannot be rendered");
    RgbImage out;
    out.width = img.width();
    out.height = img.height();
    out.pixels.resize(size_t(out.width) * out.height * 3);
    const char* data = img.const_data();
    for (int row = 0; row < out.height; ++row) {
        const auto* src = reinterpret_cast<const unsigned char*>(data + size_t(row) * img.bytes_per_row());
        // format_rgb24 stores each pixel as 3 bytes R, G, B; rows are padded to 4 bytes.
        std::memcpy(&out.pixels[3 * size_t(row) * out.width], src, 3 * size_t(out.width));
    }
    return out;
}

}  // namespace occx
