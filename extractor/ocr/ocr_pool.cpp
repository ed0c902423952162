#include "ocr/ocr_pool.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

#include "util/error.h"

namespace occx {

OcrPage OcrOutcome::take() {
    if (!page) throw Error(error);
    OcrPage p = std::move(*page);
    page.reset();
    return p;
}

int ocr_worker_count(const OcrOptions& options, size_t pages) {
    int jobs = options.jobs > 0 ? options.jobs : int(std::thread::hardware_concurrency());
    return std::max(1, std::min<int>(jobs, int(std::max<size_t>(pages, 1))));
}

namespace {

std::string page_error(int number, const char* what) {
    const std::string prefix = "page " + std::to_string(number) + ": ";
    std::string msg = what;
    return msg.rfind(prefix, 0) == 0 ? msg : prefix + msg;
}

OcrOutcome ocr_one(const PdfDocument& doc, TesseractEngine& engine, int number, const OcrOptions& options) {
    OcrOutcome out;
    out.number = number;
    try {
        out.page = ocr_rendered_page(engine, doc.render(number, options.dpi), number, options);
    } catch (const std::exception& e) {  // occx::Error, and bad_alloc on a huge page
        out.error = page_error(number, e.what());
    }
    return out;
}

// Hands out pages to workers no further ahead of delivery than the window, and collects
// their outcomes for the caller to deliver in order.
class PageSchedule {
public:
    PageSchedule(const std::vector<int>& pages, size_t window) : pages_(pages), window_(window) {}

    // The index of the next page to OCR, or nullopt when there is none or the pool stops.
    std::optional<size_t> claim() {
        std::unique_lock lock(mutex_);
        work_ready_.wait(lock, [&] { return stopped_ || next_claim_ >= pages_.size() || next_claim_ < next_deliver_ + window_; });
        if (stopped_ || next_claim_ >= pages_.size()) return std::nullopt;
        return next_claim_++;
    }

    void complete(size_t index, OcrOutcome&& outcome) {
        std::lock_guard lock(mutex_);
        done_.emplace(index, std::move(outcome));
        result_ready_.notify_all();
    }

    // The outcome of page index (waiting for it), or nullopt when the pool failed.
    std::optional<OcrOutcome> next_in_order(size_t index) {
        std::unique_lock lock(mutex_);
        result_ready_.wait(lock, [&] { return fatal_ || done_.count(index) > 0; });
        if (fatal_) return std::nullopt;
        auto node = done_.extract(index);
        next_deliver_ = index + 1;
        work_ready_.notify_all();
        return std::move(node.mapped());
    }

    void fail(std::exception_ptr e) {
        std::lock_guard lock(mutex_);
        if (!fatal_) fatal_ = e;
        stopped_ = true;
        work_ready_.notify_all();
        result_ready_.notify_all();
    }

    void stop() {
        std::lock_guard lock(mutex_);
        stopped_ = true;
        work_ready_.notify_all();
    }

    std::exception_ptr fatal() {
        std::lock_guard lock(mutex_);
        return fatal_;
    }

    int page_number(size_t index) const { return pages_[index]; }

private:
    const std::vector<int>& pages_;
    const size_t window_;
    std::mutex mutex_;
    std::condition_variable work_ready_, result_ready_;
    size_t next_claim_ = 0, next_deliver_ = 0;
    bool stopped_ = false;
    std::exception_ptr fatal_;
    std::map<size_t, OcrOutcome> done_;
};

void run_worker(std::string_view bytes, const OcrOptions& options, PageSchedule& schedule) {
    try {
        PdfDocument doc(bytes);
        TesseractEngine engine(options.language, options.layout);
        while (auto index = schedule.claim())
            schedule.complete(*index, ocr_one(doc, engine, schedule.page_number(*index), options));
    } catch (...) {  // the document or the engine could not be opened: no page can be read
        schedule.fail(std::current_exception());
    }
}

}  // namespace

void ocr_pages(std::string_view pdf_bytes, const std::vector<int>& pages, const OcrOptions& options,
               const OcrDelivery& deliver) {
    if (pages.empty()) return;
    const int workers = ocr_worker_count(options, pages.size());
    PageSchedule schedule(pages, size_t(workers) * (1 + kOcrLookaheadPerWorker));
    std::vector<std::thread> threads;
    for (int i = 0; i < workers; ++i) {
        try {
            threads.emplace_back(run_worker, pdf_bytes, std::cref(options), std::ref(schedule));
        } catch (...) {  // no thread could be started: stop the ones that were
            schedule.fail(std::current_exception());
            break;
        }
    }
    std::exception_ptr delivery_error;
    for (size_t i = 0; i < pages.size(); ++i) {
        auto outcome = schedule.next_in_order(i);
        if (!outcome) break;
        try {
            deliver(std::move(*outcome));
        } catch (...) {
            delivery_error = std::current_exception();
            break;
        }
    }
    schedule.stop();
    for (auto& t : threads) t.join();
    if (auto fatal = schedule.fatal()) std::rethrow_exception(fatal);
    if (delivery_error) std::rethrow_exception(delivery_error);
}

}  // namespace occx
