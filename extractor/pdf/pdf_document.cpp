#include "pdf/pdf_document.h"

#include <ctime>

#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>

#include "pdf/poppler_log.h"
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

std::atomic<int> abandoned{0};

// Callers name the page; the message says only what went wrong with it.
std::unique_ptr<poppler::page> open_page(poppler::document& doc, int number) {
    std::unique_ptr<poppler::page> p(doc.create_page(number - 1));
    if (!p) fail("", "cannot be read");
    return p;
}

std::shared_ptr<poppler::document> load(const std::string& bytes) {
    return std::shared_ptr<poppler::document>(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
}

// Refuses a render whose raster would exceed the pixel budget: memory follows the page's
// size, which a PDF may declare as anything.
void check_render_size(const poppler::page& page, double dpi, const RenderLimits& limits) {
    const auto rect = page.page_rect(poppler::media_box);
    const double megapixels = (rect.width() * dpi / 72) * (rect.height() * dpi / 72) / 1e6;
    if (std::isfinite(megapixels) && megapixels <= limits.max_megapixels) return;
    fail("", "too large to render (" + std::to_string(std::lround(rect.width())) + " x " +
                 std::to_string(std::lround(rect.height())) + " points at " + std::to_string(std::lround(dpi)) +
                 " dpi is over the limit of " + std::to_string(std::lround(limits.max_megapixels)) +
                 " megapixels, --max-render-mpx)");
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

// One render on its own thread, so that a page Poppler never finishes (an absurd image
// matrix) can be left behind; the thread holds the document and its bytes until it ends.
// The raster is converted on that thread: Poppler's images share their pixels through a
// count that is not thread-safe, so none crosses threads.
struct RenderJob {
    std::mutex mu;
    std::condition_variable finished;
    bool done = false;
    std::optional<RgbImage> raster;  // unset when Poppler gave no image
};

void render_on_thread(const std::shared_ptr<RenderJob>& job, poppler::document& doc, int number, double dpi,
                      int hints) {
    std::optional<RgbImage> raster;
    try {
        std::unique_ptr<poppler::page> p(doc.create_page(number - 1));
        if (p) {
            poppler::page_renderer renderer;
            renderer.set_render_hints(hints);
            renderer.set_image_format(poppler::image::format_rgb24);
            poppler::image image = renderer.render_page(p.get(), dpi, dpi);
            if (image.is_valid()) raster = rgb_from_rgb24(image);
        }
    } catch (const std::exception&) {
        raster.reset();  // out of memory for the raster: the page cannot be rendered
    }
    std::lock_guard lock(job->mu);
    job->raster = std::move(raster);
    job->done = true;
    job->finished.notify_all();
}

// What a render gave: a raster, none (Poppler failed), or nothing yet when it overran.
struct RenderOutcome {
    bool timed_out = false;
    std::optional<RgbImage> raster;
};

RenderOutcome render_within(std::shared_ptr<poppler::document> doc, std::shared_ptr<const std::string> bytes,
                            int number, double dpi, int hints, double timeout_seconds) {
    auto job = std::make_shared<RenderJob>();
    std::thread worker([job, doc, bytes, number, dpi, hints] { render_on_thread(job, *doc, number, dpi, hints); });
    std::unique_lock lock(job->mu);
    if (!job->finished.wait_for(lock, std::chrono::duration<double>(timeout_seconds), [&] { return job->done; })) {
        ++abandoned;
        worker.detach();
        return {true, std::nullopt};
    }
    lock.unlock();
    // Joined, not detached: a thread still letting go of the document as the process exits
    // would race Poppler's own teardown.
    worker.join();
    return {false, std::move(job->raster)};
}

}  // namespace

int abandoned_renders() { return abandoned; }

PdfDocument::PdfDocument(std::string_view bytes) : PdfDocument(std::make_shared<const std::string>(bytes)) {}

PdfDocument::PdfDocument(std::shared_ptr<const std::string> bytes) : bytes_(std::move(bytes)) {
    route_poppler_messages();  // a bad file gets one clear line; what Poppler said, only with -v
    if (bytes_->size() > static_cast<size_t>(INT32_MAX)) fail("", "file too large");
    doc_ = load(*bytes_);
    if (!doc_) fail("", "not a readable PDF (damaged or not a PDF)");
    if (doc_->is_locked()) fail("", "the PDF is encrypted and needs a password");
#ifdef OCCX_POPPLER_CORE
    core_ = std::make_unique<CorePageReader>(*bytes_);
    if (!core_->ok()) core_.reset();
#endif
}

PdfDocument::~PdfDocument() {
    core_.reset();
    doc_.reset();
}

void PdfDocument::check_image_sizes(int number, double dpi, const RenderLimits& limits) const {
#ifdef OCCX_POPPLER_CORE
    // Without the core API only the watchdog bounds such a render.
    if (!core_) return;
    const double megapixels = core_->largest_image_megapixels(number, dpi);
    if (megapixels <= limits.max_megapixels) return;
    fail("", "an image on it is placed too large or skewed to render (" +
                 (megapixels < 1e9 ? std::to_string(std::lround(megapixels)) : std::string("over 10^9")) +
                 " megapixels at " + std::to_string(std::lround(dpi)) + " dpi is over the limit of " +
                 std::to_string(std::lround(limits.max_megapixels)) + " megapixels, --max-render-mpx)");
#else
    (void)number, (void)dpi, (void)limits;
#endif
}

Page PdfDocument::read_words_and_drawing(int number, Drawing& drawing, const RenderLimits& limits) const {
#ifdef OCCX_POPPLER_CORE
    if (core_) {
        if (number < 1 || number > page_count()) fail("page " + std::to_string(number), "cannot be read");
        return core_->read(number, drawing, limits.timeout_seconds);
    }
#endif
    (void)drawing, (void)limits;
    return read_words(number);
}

int PdfDocument::page_count() const { return doc_->pages(); }

std::optional<std::string> PdfDocument::document_date() const {
    std::time_t when = doc_->get_creation_date_t();
    if (when <= 0) when = doc_->info_date_t("ModDate");  // Poppler gives (time_t)-1 for a missing date
    if (when <= 0) return std::nullopt;
    std::tm tm{};
    if (!gmtime_r(&when, &tm)) return std::nullopt;
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return std::string(buf);
}

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

RgbImage PdfDocument::render(int number, double dpi, Smoothing smoothing, const RenderLimits& limits) const {
    check_render_size(*open_page(*doc_, number), dpi, limits);
    check_image_sizes(number, dpi, limits);
    const int hints = smoothing == Smoothing::on ? poppler::page_renderer::antialiasing : 0;
    RenderOutcome out = render_within(doc_, bytes_, number, dpi, hints, limits.timeout_seconds);
    if (out.timed_out) {
        // The left-behind render still uses the old document: later pages get their own.
        doc_ = load(*bytes_);
        fail("", "rendering took over " + std::to_string(std::lround(limits.timeout_seconds)) +
                     " s and was abandoned (--render-timeout)");
    }
    if (!out.raster) fail("", "cannot be rendered");
    return std::move(*out.raster);
}

}  // namespace occx
