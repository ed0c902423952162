#pragma once
// The library's front door: one input (PDF or text) in, records out.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/cabinet.h"
#include "model/record.h"
#include "pdf/pdf_document.h"
#include "util/error.h"

namespace occx {

enum class OcrMode { automatic, never, always };
enum class InputFormat { detect, pdf, text };

struct ExtractOptions {
    OcrMode ocr = OcrMode::automatic;
    int dpi = 300;
    int jobs = 0;  // 0: one per core
    InputFormat format = InputFormat::detect;
    std::optional<std::string> patterns_dir;
    // Inputs larger than this are refused before they are read: a report is a few megabytes,
    // and memory grows with the input (Poppler's copies per worker, a text's lines).
    std::size_t max_input_bytes = kDefaultMaxInputMb << 20;
    // Text inputs cost about 16 times their size in lines and cells; a report's text is well
    // under a megabyte.
    std::size_t max_text_bytes = kDefaultMaxTextMb << 20;
    RenderLimits render;
    static constexpr std::size_t kDefaultMaxInputMb = 40;
    static constexpr std::size_t kDefaultMaxTextMb = 12;
};

struct DocumentSummary {
    int pages = 0;
    int ocr_pages = 0;
    ReportPeriod period;
    std::vector<std::string> notes;     // per-page decisions, for --verbose
    std::vector<std::string> warnings;  // what was lost (a page skipped), always shown
};

struct ExtractResult {
    std::string file;    // the name as given
    std::string sha256;  // of the input bytes
    std::vector<Record> records;
    std::optional<CabinetReport> cabinet;  // set when the input is a Cabinet covering report
    DocumentSummary summary;
};

// An input that was read but holds no measure rows and no Cabinet covering report (minutes,
// a specification, a blank page): never a success, and remembered as such by the archive.
class NotAReport : public Error {
public:
    using Error::Error;
};

// Extracts one input held in memory; name is what source.file will say.
// Throws occx::Error naming the file (and page) when the input cannot be read, NotAReport when
// it yields nothing.
ExtractResult extract_bytes(std::string_view bytes, const std::string& name,
                            const ExtractOptions& options);
ExtractResult extract_file(const std::string& path, const ExtractOptions& options);

bool looks_like_pdf(std::string_view bytes);

}  // namespace occx
