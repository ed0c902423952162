#pragma once
// What a long run shows while it works (the way OCRmyPDF users know it): on a terminal a live
// progress bar, redrawn a few times a second from the start, with a smoothed ETA; off a
// terminal or with -v one log line per file as it finishes.
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "pipeline/backfill.h"

namespace occx::cli {

// "1:05", "1:02:03".
std::string clock_text(double seconds);

// One log line for a finished file: file, outcome, pages (OCR'd), records, coverage, time.
std::string file_log_line(const BackfillFileDone& f);

class ProgressBar {
public:
    // bar: draw the live bar on standard error; log_files: a line per finished file.
    ProgressBar(bool bar, bool log_files);
    ~ProgressBar();  // stops the redraw thread and clears the bar
    ProgressBar(const ProgressBar&) = delete;
    ProgressBar& operator=(const ProgressBar&) = delete;
    // Called on the back-fill's thread after each file (and once at the start).
    void update(const BackfillStats& s);
    // Within the file being read: pages done of its total, and whether the last was OCR'd.
    void update_page(int done, int total, bool ocr);
    // Clears the bar's line so that a message can be written; the next redraw brings it back.
    void clear();
    // Clears the bar for good, before the summary.
    void finish();

private:
    void redraw_loop();
    void draw_locked();
    double eta_locked() const;
    void estimate_locked(double remaining_seconds);

    const bool bar_, log_files_;
    std::mutex mu_;
    std::condition_variable wake_;
    bool stop_ = false, shown_ = false;
    int files_done_ = 0, files_total_ = 0;
    long pages_ = 0, ocr_pages_ = 0, records_ = 0;
    int file_pages_done_ = 0, file_pages_ = 0, file_ocr_ = 0;  // the file being read
    std::chrono::steady_clock::time_point file_start_ = std::chrono::steady_clock::now();
    // The ETA as last estimated, counted down between files so that it moves smoothly.
    double eta_ = -1;
    std::chrono::steady_clock::time_point eta_at_{}, start_ = std::chrono::steady_clock::now();
    std::thread ticker_;
};

}  // namespace occx::cli
