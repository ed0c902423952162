#pragma once
// Pages prepared in parallel, delivered in order. Each worker opens its own PdfDocument over
// the same bytes (Poppler documents are not thread-safe) and turns page numbers into
// PreparedPages; the caller consumes them one at a time, so at most `window` pages are ever
// held, however long the document.
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "model/document.h"
#include "model/drawing.h"
#include "model/raster.h"
#include "pdf/pdf_document.h"

namespace occx {

struct PreparedPage {
    Page page;
    std::unique_ptr<Drawing> drawing;  // what a text page draws, where Poppler's core API read it
    std::unique_ptr<RgbImage> raster;  // for colour questions without a drawing; may be null
    double raster_dpi = 0;
    std::unique_ptr<InkBitmap> ink;    // a scan's ink at the resolution OCR read it; may be null
    double ink_dpi = 0;
    int turned = 0;       // degrees the page was turned back to read its text
    std::string error;    // set when the page could not be prepared
    std::string warning;  // set when it was prepared in a lesser way than it asked for
};

// What a worker does with one page; `want_raster` says colour is likely to be asked about.
using PreparePage = std::function<PreparedPage(const PdfDocument& doc, int page, bool want_raster)>;

class PagePipeline {
public:
    PagePipeline(std::shared_ptr<const std::string> bytes, int page_count, int workers, PreparePage prepare);
    ~PagePipeline();
    PagePipeline(const PagePipeline&) = delete;
    PagePipeline& operator=(const PagePipeline&) = delete;

    // The next page in order; false after the last.
    bool next(PreparedPage& out);
    // From now on, pages come with a raster (a page needed one; its neighbours likely will).
    void want_rasters();
    // How many pages may be prepared ahead of the one the caller takes next.
    int window() const { return window_; }

private:
    void work(std::shared_ptr<const std::string> bytes, std::string subject);

    const int page_count_;
    const int window_;
    PreparePage prepare_;
    std::mutex mu_;
    std::condition_variable cv_;
    int next_to_take_ = 1;     // the next page a worker starts
    int next_to_deliver_ = 1;  // the next page the caller gets
    bool want_rasters_ = false;
    bool stopping_ = false;
    std::map<int, PreparedPage> ready_;
    std::vector<std::thread> workers_;
};

// The number of threads to use: jobs when positive, else one per core.
int worker_count(int jobs);

}  // namespace occx
