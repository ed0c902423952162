#pragma once
// Back-filling the archive: many report files in, extracted on N worker threads, stored by one
// writer (the calling thread), one transaction per report. A bad file is counted and reported;
// it never stops the others. Once every file is stored, the reports of this run are validated in
// period order against the archive's earlier months and their findings stored (a transaction each).
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "archive/archive_store.h"
#include "pipeline/extract.h"
#include "pipeline/shard.h"

namespace occx {

struct BackfillOptions {
    ExtractOptions extract;
    int jobs = 1;  // files extracted at once
    bool retry_rejected = false;  // read again the files an earlier run found not to be reports
    std::optional<Shard> shard;   // only the inputs of this shard (pipeline/shard.h)
    // Store without validating: the reports stay without findings until a run that validates
    // (one pass at the end of a large sharded back-fill, instead of one per worker).
    bool store_only = false;
};

struct BackfillFailure {
    std::string file;
    std::string reason;
};

// The file that finished last, for a log line per file.
struct BackfillFileDone {
    std::string file;
    std::string outcome;  // "ingested", "already present", "not a report", "failed", ...
    int pages = 0, ocr_pages = 0, records = 0;
    int ids_seen = 0, ids_extracted = 0;  // the measure-id coverage of its extraction
    double seconds = 0;                   // reading and extracting it, on its worker
};

struct BackfillStats {
    int files_total = 0;     // inputs found
    int files_done = 0;      // ingested + already present + failed so far
    int ingested = 0;
    int already_present = 0; // same SHA-256 already in the archive
    int already_rejected = 0; // same SHA-256 found not a report by an earlier run, skipped
    int not_inputs = 0;      // files in the walked directories skipped by their names
    int other_shards = 0;    // inputs left to the other workers of a sharded run
    long pages = 0, ocr_pages = 0, records = 0;  // of the reports ingested
    std::vector<BackfillFailure> failures;
    std::vector<BackfillFailure> rejected;  // read, but not reports: remembered in the archive
    std::vector<std::string> skipped_by_name;  // README.md, .docx...: listed with -v
    std::vector<std::string> revisions;  // one notice per new revision: which file supersedes which,
                                         // or which stored file it repeats in another format
    std::vector<BackfillFailure> warnings;  // document-level doubts of stored reports (lost ids, skipped pages)
    double elapsed_seconds = 0;
    BackfillFileDone last;  // set before each progress call
};

using BackfillProgress = std::function<void(const BackfillStats&)>;

// Walks paths (files and directories), extracts and stores every input; on_progress is called
// on the calling thread once the files are counted (none done yet), then after each file.
BackfillStats run_backfill(ArchiveStore& store, const std::vector<std::string>& paths,
                           const BackfillOptions& options, Context& context,
                           const BackfillProgress& on_progress = {});

// The archive's view of one extraction.
ReportEntry report_entry_from(const ExtractResult& result);

}  // namespace occx
