#include "pipeline/backfill.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <tuple>
#include <unordered_set>

#include "archive/archive_history.h"
#include "archive/input_walk.h"
#include "model/cabinet.h"
#include "pipeline/input_file.h"
#include "util/error.h"
#include "util/text.h"
#include "validate/validator.h"

namespace occx {

namespace {

// What a worker made of one file.
struct FileOutcome {
    std::string file;
    std::optional<ExtractResult> result;  // set when extracted
    bool already_present = false;
    bool already_rejected = false;
    std::string sha256;
    std::optional<std::string> file_time;  // orders revisions (archive/revision_order.h)
    std::string failure;                  // set when it failed
    bool not_a_report = false;            // the failure is that it holds no report
    double seconds = 0;                   // reading and extracting it
};

// Workers block when the writer is this many reports behind: memory stays flat however
// many files there are.
class OutcomeQueue {
public:
    OutcomeQueue(size_t capacity, int producers) : capacity_(capacity), producers_(producers) {}

    void push(FileOutcome o) {
        std::unique_lock lock(mu_);
        space_.wait(lock, [&] { return items_.size() < capacity_ || closed_; });
        if (closed_) return;
        items_.push_back(std::move(o));
        ready_.notify_one();
    }
    std::optional<FileOutcome> pop() {
        std::unique_lock lock(mu_);
        ready_.wait(lock, [&] { return !items_.empty() || producers_ == 0; });
        if (items_.empty()) return std::nullopt;
        FileOutcome o = std::move(items_.front());
        items_.pop_front();
        space_.notify_one();
        return o;
    }
    void producer_done() {
        std::lock_guard lock(mu_);
        --producers_;
        ready_.notify_all();
    }
    // The writer is leaving: let blocked workers finish.
    void close() {
        std::lock_guard lock(mu_);
        closed_ = true;
        space_.notify_all();
    }

private:
    std::mutex mu_;
    std::condition_variable ready_, space_;
    std::deque<FileOutcome> items_;
    size_t capacity_;
    int producers_;
    bool closed_ = false;
};

// "file: page 3: reason" → "page 3: reason": the summary names the file itself.
std::string reason_without_file(const std::string& message, const std::string& file) {
    const std::string prefix = file + ": ";
    return message.rfind(prefix, 0) == 0 ? message.substr(prefix.size()) : message;
}

FileOutcome extract_one(const std::string& file, const std::unordered_set<std::string>& known,
                        const std::unordered_set<std::string>& rejected, const ExtractOptions& options,
                        Context& context) {
    FileOutcome out;
    out.file = file;
    const auto start = std::chrono::steady_clock::now();
    struct Timer {  // the time taken, whichever way the function leaves
        FileOutcome& o;
        std::chrono::steady_clock::time_point start;
        ~Timer() { o.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); }
    } timer{out, start};
    try {
        std::string bytes = read_input_file(file, options.max_input_bytes);
        out.sha256 = sha256_hex(bytes);
        out.already_present = known.count(out.sha256) > 0;
        out.already_rejected = rejected.count(out.sha256) > 0;
        if (out.already_present || out.already_rejected) return out;
        out.file_time = file_time_iso(file);
        out.result = extract_bytes(bytes, file, options, context);
    } catch (const NotAReport& e) {
        out.failure = reason_without_file(e.what(), file);
        out.not_a_report = true;
    } catch (const Error& e) {
        out.failure = reason_without_file(e.what(), file);
    } catch (const std::exception& e) {
        out.failure = std::string("internal error: ") + e.what();
    }
    if (out.failure.empty() && !out.result) out.failure = "nothing extracted";
    return out;
}

// Extraction leaves the heap in pieces: handing the free ones back to the system keeps the
// validation pass's history from piling up on top of them.
void release_free_memory() {
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

// One report and, for a covering report, its Cabinet form: what validation checks.
ValidationInput validation_input_of(const ExtractResult& result) {
    ValidationInput input;
    input.reports = group_into_reports(result.records, result.file);
    if (result.cabinet) input.cabinets.push_back(*result.cabinet);
    return input;
}

class Backfill {
public:
    Backfill(ArchiveStore& store, const BackfillOptions& options, Context& context,
             const BackfillProgress& on_progress)
        : store_(store), options_(options), context_(context), on_progress_(on_progress) {}

    BackfillStats run(const std::vector<std::string>& paths) {
        start_ = std::chrono::steady_clock::now();
        InputFilter in_shard;
        if (options_.shard) in_shard = [shard = *options_.shard](const std::string& key) { return shard.holds(key); };
        InputSet inputs = collect_inputs(paths, in_shard);
        stats_.other_shards = inputs.other_shards;
        files_ = std::move(inputs.files);
        stats_.files_total = static_cast<int>(files_.size() + inputs.failures.size());
        stats_.not_inputs = static_cast<int>(inputs.not_inputs.size());
        stats_.skipped_by_name = std::move(inputs.not_inputs);
        for (const auto& f : inputs.failures) record_failure(f.path, f.reason);
        report_progress();  // the count of files is known: a progress display starts now
        for (auto& h : store_.stored_hashes()) known_.insert(std::move(h));
        if (!options_.retry_rejected)
            for (auto& h : store_.rejected_hashes()) rejected_.insert(std::move(h));
        extract_and_store();
        if (!options_.store_only) {
            release_free_memory();
            validate_in_period_order();
        }
        stats_.elapsed_seconds = elapsed();
        // Workers finish in any order; the summary lists failures by file.
        auto by_file = [](const BackfillFailure& a, const BackfillFailure& b) { return a.file < b.file; };
        std::sort(stats_.failures.begin(), stats_.failures.end(), by_file);
        std::sort(stats_.rejected.begin(), stats_.rejected.end(), by_file);
        std::stable_sort(stats_.warnings.begin(), stats_.warnings.end(), by_file);
        return stats_;
    }

private:
    void extract_and_store() {
        const int workers = std::max(1, std::min<int>(options_.jobs, static_cast<int>(files_.size())));
        ExtractOptions per_file = options_.extract;
        if (options_.jobs > 1) per_file.jobs = 1;  // parallel over files, not within one
        OutcomeQueue queue(static_cast<size_t>(workers) * 2, workers);
        std::vector<std::thread> threads;
        for (int i = 0; i < workers; ++i)
            threads.emplace_back([&] {
                for (size_t at; (at = next_.fetch_add(1)) < files_.size();)
                    queue.push(extract_one(files_[at], known_, rejected_, per_file, context_));
                queue.producer_done();
            });
        try {
            while (auto outcome = queue.pop()) store_outcome(*outcome);
        } catch (...) {
            queue.close();
            next_ = files_.size();
            for (auto& t : threads) t.join();
            throw;
        }
        for (auto& t : threads) t.join();
    }

    void store_outcome(const FileOutcome& o) {
        const size_t failures = stats_.failures.size();
        stats_.last = {o.file, "failed", 0, 0, 0, 0, 0, o.seconds};
        if (o.already_present) {
            ++stats_.already_present;
            stats_.last.outcome = "already present";
        } else if (o.already_rejected) {
            ++stats_.already_rejected;
            stats_.last.outcome = "not a report (known)";
        } else if (o.result) {
            store_extracted(o.file, *o.result, o.file_time);
        } else if (o.not_a_report) {
            store_rejected(o);
            stats_.last.outcome = "not a report";
        } else {
            stats_.failures.push_back({o.file, o.failure});
        }
        if (stats_.failures.size() > failures) stats_.last.outcome = "failed";
        ++stats_.files_done;
        report_progress();
    }

    void store_extracted(const std::string& file, const ExtractResult& result,
                         const std::optional<std::string>& file_time) {
        try {
            ReportEntry entry = report_entry_from(result);
            entry.file_time = file_time;
            StoreOutcome stored = store_.store_report(entry);
            if (!stored.stored) {
                stats_.last.outcome = "already present";
                ++stats_.already_present;  // the same bytes twice in this run, or the same content
                if (stored.same_content_as)
                    stats_.revisions.push_back(file + ": the same report as " + *stored.same_content_as +
                                               " (its records agree): not a new revision");
                return;
            }
            ++stats_.ingested;
            note_revision(file, entry, stored);
            stats_.last.outcome = "ingested";
            stats_.last.pages = result.summary.pages;
            stats_.last.ocr_pages = result.summary.ocr_pages;
            stats_.last.records = stored.observations;
            stats_.last.ids_seen = result.summary.ids_seen;
            stats_.last.ids_extracted = result.summary.ids_extracted;
            for (const auto& w : result.summary.warnings) stats_.warnings.push_back({file, w});
            stats_.pages += result.summary.pages;
            stats_.ocr_pages += result.summary.ocr_pages;
            stats_.records += stored.observations;
            if (!options_.store_only) queue_validation(stored, entry, result);
        } catch (const std::exception& e) {
            stats_.failures.push_back({file, reason_without_file(e.what(), file)});
        }
    }

    // Only the report's identity waits for the validation pass, which reads it back from the
    // archive: memory stays flat however many reports a run stores. A report the archive could
    // not keep as given (a measure twice) waits whole, so that validation sees what was read.
    void queue_validation(const StoreOutcome& stored, const ReportEntry& entry, const ExtractResult& result) {
        PendingValidation p{stored.report_id, entry.file_name, entry.period.period_end.value_or(""),
                            result.cabinet.has_value(), stored.reads_back_as_given, {}};
        if (!p.from_archive) p.input = validation_input_of(result);
        stored_.push_back(std::move(p));
    }

    void note_revision(const std::string& file, const ReportEntry& entry, const StoreOutcome& stored) {
        const std::string what = file + ": revision " + std::to_string(stored.revision) + " of the " + entry.kind +
                                 " report for " + entry.period.period_end.value_or("?");
        for (const auto& text : stored.replaced)
            stats_.revisions.push_back(file + ": replaces " + text + ", the same report as text (its records agree)");
        if (stored.superseded_by)
            stats_.revisions.push_back(what + ", before " + *stored.superseded_by + " (ordered by date, not arrival)");
        else if (stored.supersedes)
            stats_.revisions.push_back(what + ", superseding " + *stored.supersedes);
    }

    void store_rejected(const FileOutcome& o) {
        try {
            store_.store_rejected(o.file, o.sha256, o.failure);
            stats_.rejected.push_back({o.file, o.failure});
        } catch (const std::exception& e) {
            stats_.failures.push_back({o.file, reason_without_file(e.what(), o.file)});
        }
    }

    // Each report stored in this run (and any an interrupted run left without findings) is
    // validated against the archive's earlier months, in period order whatever order the files
    // arrived in: the findings do not depend on it.
    void validate_in_period_order() {
        add_unvalidated_reports();
        std::stable_sort(stored_.begin(), stored_.end(), [](const PendingValidation& a, const PendingValidation& b) {
            return std::tie(a.period_end, a.cabinet) < std::tie(b.period_end, b.cabinet);
        });
        const PatternPack& patterns = context_.patterns();
        TitleComparer titles(patterns);
        for (auto& report : stored_) {
            try {
                // Another worker may validate the same report; whichever is first stores findings.
                store_.validate_once(report.id, [&] {
                    if (report.from_archive) load_stored_input(store_, report);
                    report.input.history = load_history(store_, report.input, history_scope_for(report.input), titles);
                    return validate(report.input, patterns);
                });
            } catch (const std::exception& e) {
                stats_.failures.push_back({report.file, "validation: " + reason_without_file(e.what(), report.file)});
            }
            report.input = {};  // memory goes back as we go
        }
    }

    void add_unvalidated_reports() {
        std::set<std::int64_t> ours;
        for (const auto& p : stored_) ours.insert(p.id);
        for (auto& p : reports_without_findings(store_, ours)) stored_.push_back(std::move(p));
    }

    void record_failure(const std::string& file, const std::string& reason) {
        stats_.failures.push_back({file, reason});
        ++stats_.files_done;
    }

    void report_progress() {
        if (!on_progress_) return;
        stats_.elapsed_seconds = elapsed();
        on_progress_(stats_);
    }

    double elapsed() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    }

    ArchiveStore& store_;
    const BackfillOptions& options_;
    Context& context_;
    const BackfillProgress& on_progress_;
    std::vector<std::string> files_;
    std::unordered_set<std::string> known_, rejected_;
    std::vector<PendingValidation> stored_;
    std::atomic<size_t> next_{0};
    BackfillStats stats_;
    std::chrono::steady_clock::time_point start_;
};

}  // namespace

ReportEntry report_entry_from(const ExtractResult& result) {
    ReportEntry e;
    e.file_name = result.file;
    e.sha256 = result.sha256;
    e.kind = result.cabinet ? "cabinet" : "measures";
    e.period = result.summary.period;
    e.document_date = result.summary.document_date;
    if (result.cabinet && !e.period.period_end) e.period = result.cabinet->report;
    for (const auto& r : result.records)
        if (!e.period.period_end && r.report.period_end) e.period = r.report;
    e.pages = result.summary.pages;
    e.ocr_pages = result.summary.ocr_pages;
    e.ids_seen = result.summary.ids_seen;
    e.ids_extracted = result.summary.ids_extracted;
    e.records = result.records;
    // The archive keeps what extraction could not account for, with the report it concerns.
    e.warnings = result.summary.warnings;
    if (result.summary.ids_extracted < result.summary.ids_seen) e.warnings.push_back(coverage_text(result.summary));
    if (result.cabinet) {
        e.document_json = cabinet_to_json(*result.cabinet).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        e.warnings.insert(e.warnings.end(), result.cabinet->warnings.begin(), result.cabinet->warnings.end());
    }
    return e;
}

BackfillStats run_backfill(ArchiveStore& store, const std::vector<std::string>& paths,
                           const BackfillOptions& options, Context& context, const BackfillProgress& on_progress) {
    return Backfill(store, options, context, on_progress).run(paths);
}

}  // namespace occx
