#pragma once
// What one extraction is asked for and what it gives back: shared by every reader, the table
// engine and the pipeline, so none of them needs to include another's header for its types.
#include <optional>
#include <string>
#include <vector>

#include "model/cabinet.h"
#include "model/record.h"

namespace occx {

enum class OcrMode { automatic, never, always };
enum class InputFormat { detect, pdf, text };

struct ExtractOptions {
    OcrMode ocr = OcrMode::automatic;
    int dpi = 300;
    int jobs = 0;  // 0: one per core
    InputFormat format = InputFormat::detect;
    std::optional<std::string> patterns_dir;
    // A document whose share of measure ids extracted (of those seen) falls below this, in
    // percent, is a failure rather than a result; 0 accepts any.
    double min_coverage = 0;
};

// A measure id printed where a row starts (the first word of a line), after repair: every one
// must become a record or a warning, never vanish.
struct SeenId {
    std::string id;
    int page = 0;  // 1-based; 0 for inputs without pages
    int line = 0;  // 1-based line of a text input; 0 for pages
    std::string why_lost;  // what the reader knew when it saw the id, should no record come of it
};

struct DocumentSummary {
    int pages = 0;
    int ocr_pages = 0;
    ReportPeriod period;
    std::vector<std::string> notes;  // per-page decisions, for --verbose
    std::vector<SeenId> seen_ids;    // filled by the readers
    int ids_seen = 0;                // distinct ids seen or extracted
    int ids_extracted = 0;           // distinct ids with a record
    std::vector<std::string> warnings;  // document-level doubts, each naming its page or line
    // Share of the measure ids seen that became records, in percent (100 when none were seen).
    double coverage() const { return ids_seen ? 100.0 * ids_extracted / ids_seen : 100.0; }
};

struct ExtractResult {
    std::string file;    // the name as given
    std::string sha256;  // of the input bytes
    std::vector<Record> records;
    std::optional<CabinetReport> cabinet;  // set when the input is a Cabinet covering report
    DocumentSummary summary;
};

}  // namespace occx
