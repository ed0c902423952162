#include "pdf/page_pipeline.h"

#include <algorithm>

#include "util/error.h"
#include "util/log.h"

namespace occx {

namespace {

// Enough pages ahead that the workers rarely wait on the table builder; a colour page's
// raster at 50 dpi is under a megabyte, so memory stays small and flat.
constexpr int kPagesAheadPerWorker = 4;

}  // namespace

int worker_count(int jobs) {
    if (jobs > 0) return jobs;
    return std::max(1u, std::thread::hardware_concurrency());
}

PagePipeline::PagePipeline(std::shared_ptr<const std::string> bytes, int page_count, int workers, PreparePage prepare)
    : page_count_(page_count), window_(kPagesAheadPerWorker * std::max(1, workers)), prepare_(std::move(prepare)) {
    int n = std::clamp(workers, 1, std::max(1, page_count));
    for (int i = 0; i < n; ++i) workers_.emplace_back(&PagePipeline::work, this, bytes, log_subject());
}

PagePipeline::~PagePipeline() {
    {
        std::lock_guard lock(mu_);
        stopping_ = true;
    }
    cv_.notify_all();
    for (auto& t : workers_) t.join();
}

void PagePipeline::want_rasters() {
    std::lock_guard lock(mu_);
    want_rasters_ = true;
}

void PagePipeline::work(std::shared_ptr<const std::string> bytes, std::string subject) {
    LogSubject named(std::move(subject));  // Poppler's lines from this worker name the input
    std::unique_ptr<PdfDocument> doc;
    std::string open_error;
    try {
        doc = std::make_unique<PdfDocument>(std::move(bytes));
    } catch (const std::exception& e) {
        open_error = e.what();
    }
    for (;;) {
        int page;
        bool raster;
        {
            std::unique_lock lock(mu_);
            cv_.wait(lock, [&] {
                return stopping_ || next_to_take_ > page_count_ || next_to_take_ < next_to_deliver_ + window_;
            });
            if (stopping_ || next_to_take_ > page_count_) return;
            page = next_to_take_++;
            raster = want_rasters_;
        }
        PreparedPage result;
        try {
            if (!doc) fail("", open_error);
            result = prepare_(*doc, page, raster);
        } catch (const std::exception& e) {
            result.error = e.what();
        }
        result.page.number = page;
        {
            std::lock_guard lock(mu_);
            ready_.emplace(page, std::move(result));
        }
        cv_.notify_all();
    }
}

bool PagePipeline::next(PreparedPage& out) {
    std::unique_lock lock(mu_);
    if (next_to_deliver_ > page_count_) return false;
    cv_.wait(lock, [&] { return ready_.count(next_to_deliver_) > 0; });
    auto node = ready_.extract(next_to_deliver_);
    out = std::move(node.mapped());
    ++next_to_deliver_;
    lock.unlock();
    cv_.notify_all();
    return true;
}

}  // namespace occx
