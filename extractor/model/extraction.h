#pragma once
// What one extraction is asked for and what it gives back: shared by every reader, the table
// engine and the pipeline, so none of them needs to include another's header for its types.
#include <functional>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/cabinet.h"
#include "model/record.h"
#include "util/error.h"

namespace occx {

// What one page render may cost; a page over either limit is refused (its caller skips it).
struct RenderLimits {
    double max_megapixels = 30;    // pixels of one render, and of any image scaled to draw in it: an A3 page at 300 dpi is 17.4
    double timeout_seconds = 30;   // wall time of one render: a normal page takes well under 1
};

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
    // Inputs larger than this are refused before they are read: a report is a few megabytes,
    // and memory grows with the input (Poppler's copies per worker, a text's lines).
    std::size_t max_input_bytes = kDefaultMaxInputMb << 20;
    // Text read as lines (layout, stream, tab-separated) costs up to some 50 times its size in
    // lines, words and cells; a report's text is well under a megabyte. Positioned OCR formats
    // (hOCR, ALTO, TSV) cost a few times theirs and are bounded by max_input_bytes alone.
    std::size_t max_text_bytes = kDefaultMaxTextMb << 20;
    RenderLimits render;
    // A PDF with more pages is refused before any is read: a monthly report has some 60, a
    // year's compendium a few hundred, and time and memory grow with the pages.
    int max_pages = kDefaultMaxPages;
    // Told after each page of a PDF is read, in page order: pages done, of how many, and
    // whether that page was OCR'd (for a progress display).
    std::function<void(int done, int total, bool ocr)> on_page;
    static constexpr std::size_t kDefaultMaxInputMb = 40;
    static constexpr std::size_t kDefaultMaxTextMb = 4;
    static constexpr int kDefaultMaxPages = 1000;
};

// An input that was read but holds no measure rows and no Cabinet covering report (minutes,
// a specification, a blank page): never a success, and remembered as such by the archive.
class NotAReport : public Error {
public:
    explicit NotAReport(const std::string& what, std::vector<std::string> notes = {},
                        std::vector<std::string> losses = {})
        : Error(what), notes_(std::move(notes)), losses_(std::move(losses)) {}
    // What was decided for each page on the way (--verbose shows them): why nothing was found.
    const std::vector<std::string>& notes() const { return notes_; }
    // Each measure seen and lost, as a warning names it: the message counts them only.
    const std::vector<std::string>& losses() const { return losses_; }

private:
    std::vector<std::string> notes_;
    std::vector<std::string> losses_;
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
    std::optional<std::string> document_date;  // when the PDF says it was made (ISO UTC); none for text
    std::vector<std::string> notes;  // per-page decisions, for --verbose
    std::vector<SeenId> seen_ids;    // filled by the readers
    int ids_seen = 0;                // distinct ids seen or extracted
    int ids_extracted = 0;           // distinct ids with a record
    std::vector<std::string> warnings;  // document-level doubts, each naming its page or line
    std::vector<std::string> lost_ids;  // those of the warnings that name a measure seen and lost
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
