#include "cli/progress.h"

#include <algorithm>
#include <cstdio>

#include "util/text.h"

namespace occx::cli {

namespace {

// Redraws per second: the ETA and elapsed time move without flooding a slow terminal.
constexpr auto kRedrawEvery = std::chrono::milliseconds(250);
// Weight of a new ETA estimate against the running one: one slow or quick file moves the
// ETA by a fifth of its surprise, not all of it (the jump from 0:02 to 5:08 issue 17 saw).
constexpr double kEtaWeight = 0.2;
constexpr int kBarWidth = 24;

}  // namespace

std::string clock_text(double seconds) {
    long s = static_cast<long>(seconds + 0.5);
    char buf[64];
    if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    else std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    return buf;
}

std::string file_log_line(const BackfillFileDone& f) {
    char buf[256];
    std::string line = "occx: " + f.file + ": " + f.outcome;
    if (f.outcome == "ingested") {
        std::snprintf(buf, sizeof buf, ", %d pages (%d OCR'd), %d records, %d of %d ids", f.pages, f.ocr_pages,
                      f.records, f.ids_extracted, f.ids_seen);
        line += buf;
        if (f.ids_seen > 0) {
            std::snprintf(buf, sizeof buf, " (%.0f%%)", 100.0 * f.ids_extracted / f.ids_seen);
            line += buf;
        }
    }
    std::snprintf(buf, sizeof buf, ", %.1f s", f.seconds);
    return line + buf;
}

ProgressBar::ProgressBar(bool bar, bool log_files) : bar_(bar), log_files_(log_files) {
    if (bar_) ticker_ = std::thread([this] { redraw_loop(); });
}

ProgressBar::~ProgressBar() { finish(); }

void ProgressBar::finish() {
    {
        std::lock_guard lock(mu_);
        if (stop_) return;
        stop_ = true;
        if (shown_) std::fprintf(stderr, "\r\033[K");
        std::fflush(stderr);
    }
    wake_.notify_all();
    if (ticker_.joinable()) ticker_.join();
}

void ProgressBar::clear() {
    std::lock_guard lock(mu_);
    if (shown_) std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
}

void ProgressBar::update(const BackfillStats& s) {
    std::lock_guard lock(mu_);
    const bool file_finished = s.files_done > files_done_ && !s.last.file.empty();
    files_done_ = s.files_done;
    files_total_ = s.files_total;
    pages_ = s.pages;
    ocr_pages_ = s.ocr_pages;
    records_ = s.records;
    if (file_finished) {
        file_pages_done_ = file_pages_ = file_ocr_ = 0;
        file_start_ = std::chrono::steady_clock::now();
        if (s.files_done < s.files_total) estimate_locked(s.elapsed_seconds / s.files_done * (s.files_total - s.files_done));
    }
    if (file_finished && log_files_) {
        if (shown_) std::fprintf(stderr, "\r\033[K");
        std::fprintf(stderr, "%s\n", file_log_line(s.last).c_str());
    }
    if (bar_) draw_locked();
}

void ProgressBar::update_page(int done, int total, bool ocr) {
    std::lock_guard lock(mu_);
    file_pages_done_ = done;
    file_pages_ = total;
    file_ocr_ += ocr ? 1 : 0;
    const auto now = std::chrono::steady_clock::now();
    const double in_file = std::chrono::duration<double>(now - file_start_).count();
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    // The rest of this file at its own pace, then the files after it at the run's pace so far.
    double remaining = in_file / done * (total - done);
    const int after = files_total_ - files_done_ - 1;
    if (after > 0) remaining += (files_done_ ? elapsed / files_done_ : in_file / done * total) * after;
    estimate_locked(remaining);
    if (bar_) draw_locked();
}

void ProgressBar::estimate_locked(double remaining_seconds) {
    eta_ = eta_ < 0 ? remaining_seconds : (1 - kEtaWeight) * eta_locked() + kEtaWeight * remaining_seconds;
    eta_at_ = std::chrono::steady_clock::now();
}

double ProgressBar::eta_locked() const {
    if (eta_ < 0) return -1;
    const double since = std::chrono::duration<double>(std::chrono::steady_clock::now() - eta_at_).count();
    return std::max(0.0, eta_ - since);
}

void ProgressBar::draw_locked() {
    if (stop_) return;
    // Whole files, and the share of the file being read.
    const double done = files_done_ + (file_pages_ ? static_cast<double>(file_pages_done_) / file_pages_ : 0.0);
    const int filled = files_total_ ? std::min(kBarWidth, static_cast<int>(kBarWidth * done / files_total_)) : 0;
    const double eta = eta_locked();
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    std::string page;
    if (file_pages_ > 0) page = ", page " + std::to_string(file_pages_done_) + "/" + std::to_string(file_pages_);
    std::fprintf(stderr, "\r\033[K[%s%s] %d/%d files%s, %ld pages (%ld OCR), %ld records, %s elapsed, ETA %s",
                 std::string(static_cast<size_t>(filled), '#').c_str(),
                 std::string(static_cast<size_t>(kBarWidth - filled), '-').c_str(), files_done_, files_total_,
                 page.c_str(), pages_ + file_pages_done_, ocr_pages_ + file_ocr_, records_, clock_text(elapsed).c_str(),
                 eta < 0 ? "--:--" : clock_text(eta).c_str());
    std::fflush(stderr);
    shown_ = true;
}

void ProgressBar::redraw_loop() {
    std::unique_lock lock(mu_);
    while (!stop_) {
        draw_locked();
        wake_.wait_for(lock, kRedrawEvery, [&] { return stop_; });
    }
}

}  // namespace occx::cli
