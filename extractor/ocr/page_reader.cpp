#include "ocr/page_reader.h"

#include "ocr/ocr_pool.h"
#include "ocr/page_decision.h"

namespace occx {

namespace {

// Text-layer pages wait here until the OCR'd pages before them are delivered.
class InOrderDelivery {
public:
    InOrderDelivery(std::vector<Page>& text_pages, const PageConsumer& consume)
        : text_pages_(text_pages), consume_(consume) {}

    // Delivers the text-layer pages before page number.
    void text_pages_before(int number) {
        for (; next_ < number; ++next_) consume_(DocumentPage{std::move(text_pages_[next_ - 1]), {}, 0});
    }

    void ocr_page(OcrOutcome&& outcome) {
        text_pages_before(outcome.number);
        Page& text_layer = text_pages_[outcome.number - 1];
        if (outcome.ok()) {
            OcrPage p = outcome.take();
            p.page.notes.insert(p.page.notes.begin(), text_layer.notes.begin(), text_layer.notes.end());
            consume_(DocumentPage{std::move(p.page), std::move(p.raster), p.raster_dpi});
        } else {
            text_layer.notes.push_back("OCR failed: " + outcome.error);
            consume_(DocumentPage{std::move(text_layer), {}, 0});
        }
        next_ = outcome.number + 1;
    }

private:
    std::vector<Page>& text_pages_;
    const PageConsumer& consume_;
    int next_ = 1;
};

}  // namespace

void read_document_pages(std::string_view bytes, OcrMode mode, const OcrOptions& options,
                         const PageConsumer& consume, int* ocr_pages_count) {
    PdfDocument doc(bytes);
    std::vector<Page> text_pages;
    std::vector<int> to_ocr;
    for (int n = 1; n <= doc.page_count(); ++n) {
        Page page = doc.read_words(n);
        OcrDecision d = decide_ocr(page, mode);
        page.notes.push_back(d.ocr ? "OCR: " + d.reason : d.reason);
        if (d.ocr) to_ocr.push_back(n);
        text_pages.push_back(std::move(page));
    }
    if (ocr_pages_count) *ocr_pages_count = int(to_ocr.size());
    InOrderDelivery delivery(text_pages, consume);
    ocr_pages(bytes, to_ocr, options, [&](OcrOutcome&& o) { delivery.ocr_page(std::move(o)); });
    delivery.text_pages_before(doc.page_count() + 1);
}

}  // namespace occx
