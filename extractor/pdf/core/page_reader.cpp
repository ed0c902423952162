#include "pdf/core/page_reader.h"

#include <GfxState.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <TextOutputDev.h>

#include <OutputDev.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <string>

#include "pdf/core/drawing_device.h"
#include "util/error.h"

namespace occx {

namespace {

// Text whose channels differ by less than this (0..1) is black or grey: no status colour.
constexpr double kMinChroma = 0.15;

// The characters one page may draw: a dense A3 page of 6 pt text has some 30,000, and each
// costs Poppler's text device about a hundred bytes.
constexpr long kMaxPageCharacters = 1'000'000;

unsigned char to_byte(double v) { return (unsigned char)std::clamp(v * 255.0 + 0.5, 0.0, 255.0); }

// Poppler asks this every few operators whether to stop interpreting the page.
struct ReadBudget {
    const DrawingDevice* device;
    std::chrono::steady_clock::time_point deadline;
    enum class Over { none, time, characters } over = Over::none;
};

bool over_budget(void* data) {
    auto* budget = static_cast<ReadBudget*>(data);
    if (budget->device->characters() > kMaxPageCharacters) budget->over = ReadBudget::Over::characters;
    else if (std::chrono::steady_clock::now() > budget->deadline) budget->over = ReadBudget::Over::time;
    return budget->over != ReadBudget::Over::none;
}

// Interprets a page for its images' placements only: no text, no paths, no pixels. Masked
// images reach drawImage through OutputDev's defaults, soft masks through drawImageMask.
class ImageExtentDevice : public OutputDev {
public:
    explicit ImageExtentDevice(double dpi) : pixels_per_point_(dpi / 72) {}

    bool upsideDown() override { return true; }
    bool useDrawChar() override { return false; }
    bool interpretType3Chars() override { return false; }
    void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height, GfxImageColorMap* colorMap,
                   bool interpolate, const int* maskColors, bool inlineImg) override {
        note(state);
        // OutputDev's own skips an inline image's data, as the interpreter needs.
        OutputDev::drawImage(state, ref, str, width, height, colorMap, interpolate, maskColors, inlineImg);
    }
    void drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert,
                       bool interpolate, bool inlineImg) override {
        note(state);
        OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inlineImg);
    }

    double largest_pixels() const { return largest_; }

private:
    void note(GfxState* state) {
        const double* m = state->getCTM();  // the image's unit square has sides (m0, m1) and (m2, m3)
        const double w = std::max(1.0, std::hypot(m[0], m[1]) * pixels_per_point_);
        const double h = std::max(1.0, std::hypot(m[2], m[3]) * pixels_per_point_);
        const double pixels = w * h;
        largest_ = std::isfinite(pixels) ? std::max(largest_, pixels) : HUGE_VAL;
    }

    double pixels_per_point_;
    double largest_ = 0;
};

}  // namespace

CorePageReader::CorePageReader(std::string_view bytes) {
    // MemStream neither copies nor frees the buffer; poppler-cpp's document (opened first)
    // keeps Poppler's global parameters alive for as long as this reader lives.
    auto* stream = new MemStream(bytes.data(), 0, Goffset(bytes.size()), Object(objNull));
    doc_ = std::make_unique<PDFDoc>(stream);
    images_ = std::make_unique<ImageCache>();
    fonts_ = std::make_unique<GlyphFonts>(doc_->getXRef());
}

CorePageReader::~CorePageReader() = default;

bool CorePageReader::ok() const { return doc_ && doc_->isOk(); }

double CorePageReader::largest_image_megapixels(int number, double dpi) const {
    ImageExtentDevice device(dpi);
    doc_->displayPageSlice(&device, number, 72, 72, 0, false, false, false, -1, -1, -1, -1, nullptr, nullptr,
                           nullptr, nullptr, true);
    return device.largest_pixels() / 1e6;
}

Page CorePageReader::read(int number, Drawing& drawing, double timeout_seconds) const {
    Page page;
    page.number = number;
    page.width = doc_->getPageMediaWidth(number);
    page.height = doc_->getPageMediaHeight(number);
    // Words and drawing come in the page's displayed orientation, as text_list gives them.
    if (doc_->getPageRotate(number) % 180 != 0) std::swap(page.width, page.height);
    DrawingDevice device(drawing, page.width * page.height, *images_, *fonts_);
    ReadBudget budget{&device, std::chrono::steady_clock::now() +
                                   std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                       std::chrono::duration<double>(timeout_seconds))};
    doc_->displayPageSlice(&device, number, 72, 72, 0, false, false, false, -1, -1, -1, -1, over_budget, &budget,
                           nullptr, nullptr, true);
    if (budget.over == ReadBudget::Over::time)
        fail("", "its content took over " + std::to_string(std::lround(timeout_seconds)) +
                     " s to read and was abandoned (--render-timeout)");
    if (budget.over == ReadBudget::Over::characters)
        fail("", "it draws over " + std::to_string(kMaxPageCharacters) + " characters: no report page does");
    page.drawn_characters = device.characters();
    page.hidden_characters = device.hidden_characters();
    if (drawing.dropped_paths > 0)
        page.notes.push_back("drawing read in part: " + std::to_string(drawing.dropped_paths) +
                             " paths past the page's limit were not kept for its statuses");
    const std::unique_ptr<TextWordList> list = device.makeWordList();
    for (int i = 0; i < list->getLength(); ++i) {
        const TextWord* tw = list->get(i);
        const std::unique_ptr<GooString> text(tw->getText());
        if (!text || text->getLength() == 0) continue;
        Word w;
        w.text = text->toStr();
        tw->getBBox(&w.box.x0, &w.box.y0, &w.box.x1, &w.box.y1);
        w.rotation = tw->getRotation() * 90;
        double r, g, b;
        tw->getColor(&r, &g, &b);
        if (std::max({r, g, b}) - std::min({r, g, b}) >= kMinChroma)
            drawing.texts.push_back({w.box, Rgb{to_byte(r), to_byte(g), to_byte(b)}});
        page.words.push_back(std::move(w));
    }
    return page;
}

}  // namespace occx
