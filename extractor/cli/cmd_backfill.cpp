// occx backfill: fills the archive from directories of reports, in parallel, one transaction
// per report; safe to interrupt and re-run.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>

#include "archive/archive_store.h"
#include "archive/archive_url.h"
#include "pipeline/backfill.h"
#include "cli/commands.h"
#include "cli/input.h"
#include "util/log.h"

namespace occx::cli {

namespace {

std::string clock_text(double seconds) {
    long s = static_cast<long>(seconds + 0.5);
    char buf[64];
    if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    else std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    return buf;
}

// One line on a terminal, redrawn at most a few times a second.
class ProgressLine {
public:
    void show(const BackfillStats& s) {
        auto now = std::chrono::steady_clock::now();
        if (s.files_done < s.files_total && now - last_ < std::chrono::milliseconds(200)) return;
        last_ = now;
        std::string eta = "--:--";
        if (s.files_done > 0 && s.files_done < s.files_total)
            eta = clock_text(s.elapsed_seconds / s.files_done * (s.files_total - s.files_done));
        std::fprintf(stderr, "\r\033[K%d/%d files, %ld pages (%ld OCR), %ld records, ETA %s", s.files_done,
                     s.files_total, s.pages, s.ocr_pages, s.records, eta.c_str());
        std::fflush(stderr);
        shown_ = true;
    }
    void clear() {
        if (shown_) std::fprintf(stderr, "\r\033[K");
    }

private:
    std::chrono::steady_clock::time_point last_{};
    bool shown_ = false;
};

void print_counts(const BackfillStats& s, const std::string& archive, bool verbose);

void print_summary(const BackfillStats& s, const std::string& archive, bool verbose) {
    if (!log_quiet()) print_counts(s, archive, verbose);
    for (const auto& f : s.rejected) std::cerr << "occx: " << f.file << ": " << f.reason << "\n";
    for (const auto& f : s.failures) std::cerr << "occx: " << f.file << ": " << f.reason << "\n";
}

// Counts, revisions and warnings: all but the failures, which -q keeps.
void print_counts(const BackfillStats& s, const std::string& archive, bool verbose) {
    std::cerr << "occx backfill: " << s.files_total << " files in " << clock_text(s.elapsed_seconds) << ": "
              << s.ingested << " ingested, " << s.already_present << " skipped (already present), "
              << s.rejected.size() << " not reports, " << s.failures.size() << " failed; "
              << s.already_rejected << " skipped (not reports before), " << s.not_inputs
              << " skipped (not an input by name)\n"
              << "occx backfill: " << s.pages << " pages (" << s.ocr_pages << " OCR'd), " << s.records
              << " records stored in " << archive << "\n";
    if (verbose)
        for (const auto& f : s.skipped_by_name) std::cerr << "occx: " << f << ": skipped: not a report input by its name\n";
    for (const auto& r : s.revisions) std::cerr << "occx: " << r << "\n";
    for (const auto& w : s.warnings) std::cerr << "occx: warning: " << w.file << ": " << w.reason << "\n";
}

// Files found not to be reports in this run count as failures; those an earlier run found are
// skipped knowingly and do not (a scheduled run would otherwise never succeed).
int backfill_exit_code(const BackfillStats& s) {
    const size_t failed = s.failures.size() + s.rejected.size();
    if (failed == 0) return kOk;
    return static_cast<int>(failed) == s.files_total ? kUsage : kPartial;
}

}  // namespace

OptionSpec archive_db_option() {
    return {"db", 0, true, "URL",
            "the archive: a path or sqlite:///path (default ./occx.sqlite), or postgresql://user@host:port/db"};
}

CommandSpec backfill_spec() {
    CommandSpec spec{"backfill",
            "occx backfill [OPTIONS] PATH...   (files, or directories walked for .pdf, .txt, .md)",
            "Extract many reports into the archive; files already there are skipped",
            {archive_db_option(),
             {"jobs", 'j', true, "N", "extract N files at once (default: one per core)"},
             {"quiet", 'q', false, "", "only errors: no progress, no summary (failed files are still named)"},
             {"progress", 0, false, "", "show the progress line even when standard error is not a terminal"},
             {"no-progress", 0, false, "", "no progress line, even on a terminal"},
             {"ocr", 0, true, "MODE", "auto (default): OCR pages without a usable text layer; never; always"},
             {"dpi", 0, true, "N", "resolution for OCR rendering (default 300)"},
             {"patterns", 0, true, "DIR", "use the pattern pack in DIR"},
             {"retry-rejected", 0, false, "", "read again the files earlier runs found not to be reports"},
             {"verbose", 'v', false, "", "also list the files skipped by name and what Poppler said"},
             min_coverage_option()}};
    for (auto& o : limit_options()) spec.options.push_back(std::move(o));
    return spec;
}

int run_backfill(const Args& args) {
    if (args.positional().empty()) throw UsageError{"backfill needs at least one PATH (see occx backfill --help)"};
    BackfillOptions options;
    options.extract = extract_options_from(args);
    options.retry_rejected = args.flag("retry-rejected");
    set_log_verbose(args.flag("verbose"));
    options.jobs = options.extract.jobs > 0 ? options.extract.jobs
                                            : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const std::string url = args.value_or("db", kDefaultArchive);
    ArchiveStore store = ArchiveStore::open(url, true);

    ProgressLine progress;
    const bool show_progress =
        args.flag("progress") || (!args.flag("no-progress") && !args.flag("quiet") && isatty(STDERR_FILENO));
    BackfillProgress on_progress;
    if (show_progress) on_progress = [&](const BackfillStats& s) { progress.show(s); };
    BackfillStats stats = run_backfill(store, args.positional(), options, on_progress);
    progress.clear();
    print_summary(stats, store.name(), args.flag("verbose"));
    return backfill_exit_code(stats);
}

}  // namespace occx::cli
