// occx backfill: fills the archive from directories of reports, in parallel, one transaction
// per report; safe to interrupt and re-run.
#include <unistd.h>

#include <iostream>
#include <thread>

#include <nlohmann/json.hpp>

#include "archive/archive_store.h"
#include "archive/archive_url.h"
#include "pipeline/backfill.h"
#include "cli/backfill_inputs.h"
#include "cli/commands.h"
#include "cli/input.h"
#include "cli/progress.h"
#include "output/atomic_file.h"
#include "util/log.h"

namespace occx::cli {

namespace {

void print_counts(const BackfillStats& s, const std::string& archive, bool verbose);

// The files that failed, one line each, then (unless -q) the counts: the summary comes last,
// where a reader of a long log looks.
void print_summary(const BackfillStats& s, const std::string& archive, bool verbose) {
    for (const auto& f : s.rejected) std::cerr << "occx: " << f.file << ": " << f.reason << "\n";
    for (const auto& f : s.failures) std::cerr << "occx: " << f.file << ": " << f.reason << "\n";
    if (!log_quiet()) print_counts(s, archive, verbose);
}

// --summary-json FILE: the counts and failures for a pipeline, written atomically.
void write_summary_json(const BackfillStats& s, const std::string& archive, const std::string& path) {
    nlohmann::ordered_json j;
    j["archive"] = archive;
    j["files"] = s.files_total;
    j["ingested"] = s.ingested;
    j["already_present"] = s.already_present;
    j["not_reports"] = s.rejected.size();
    j["not_reports_before"] = s.already_rejected;
    j["failed"] = s.failures.size();
    j["not_inputs"] = s.not_inputs;
    j["pages"] = s.pages;
    j["ocr_pages"] = s.ocr_pages;
    j["records"] = s.records;
    j["elapsed_seconds"] = s.elapsed_seconds;
    for (const auto* list : {&s.failures, &s.rejected})
        for (const auto& f : *list)
            j[list == &s.failures ? "failures" : "rejected"].push_back({{"file", f.file}, {"reason", f.reason}});
    AtomicFile out(path);
    out.stream() << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    out.commit();
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
    if (verbose && s.other_shards > 0)
        std::cerr << "occx backfill: " << s.other_shards << " inputs left to the other shards\n";
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
             {"summary-json", 0, true, "FILE", "also write the summary as JSON to FILE (for pipelines)"},
             {"ocr", 0, true, "MODE", "auto (default): OCR pages without a usable text layer; never; always"},
             {"dpi", 0, true, "N", "resolution for OCR rendering (default 300)"},
             {"patterns", 0, true, "DIR", "use the pattern pack in DIR"},
             {"retry-rejected", 0, false, "", "read again the files earlier runs found not to be reports"},
             {"verbose", 'v', false, "", "a line per file as it finishes (as off a terminal), the files skipped by "
              "name and what Poppler said"},
             min_coverage_option()}};
    for (auto& o : limit_options()) spec.options.push_back(std::move(o));
    for (auto& o : shard_options()) spec.options.push_back(std::move(o));
    return spec;
}

int run_backfill(const Args& args) {
    const std::vector<std::string> paths = backfill_paths(args);
    BackfillOptions options;
    options.shard = backfill_shard(args, args.flag("verbose"));
    options.store_only = args.flag("store-only");
    options.extract = extract_options_from(args);
    options.retry_rejected = args.flag("retry-rejected");
    set_log_verbose(args.flag("verbose"));
    options.jobs = options.extract.jobs > 0 ? options.extract.jobs
                                            : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const std::string url = args.value_or("db", kDefaultArchive);
    ArchiveStore store = ArchiveStore::open(url, true);
    Context context(options.extract.patterns_dir);

    const bool terminal = isatty(STDERR_FILENO);
    const bool quiet = args.flag("quiet");
    const bool show_bar = args.flag("progress") || (!args.flag("no-progress") && !quiet && terminal);
    ProgressBar progress(show_bar, !quiet && (!terminal || args.flag("verbose")));
    BackfillStats stats =
        run_backfill(store, paths, options, context, [&](const BackfillStats& s) { progress.update(s); });
    progress.finish();
    print_summary(stats, store.name(), args.flag("verbose"));
    if (auto path = args.value("summary-json")) write_summary_json(stats, store.name(), *path);
    return backfill_exit_code(stats);
}

}  // namespace occx::cli
