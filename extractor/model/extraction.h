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
};

struct DocumentSummary {
    int pages = 0;
    int ocr_pages = 0;
    ReportPeriod period;
    std::vector<std::string> notes;  // per-page decisions, for --verbose
};

struct ExtractResult {
    std::string file;    // the name as given
    std::string sha256;  // of the input bytes
    std::vector<Record> records;
    std::optional<CabinetReport> cabinet;  // set when the input is a Cabinet covering report
    DocumentSummary summary;
};

}  // namespace occx
