// PDF extraction with OCR off: Poppler's words, table reconstruction, colour renders.
#include "fuzz_common.h"
#include "pipeline/extract.h"

namespace {

// Small limits keep each execution short; they are what a user lowers, not what is tested.
constexpr double kFuzzMegapixels = 2;
constexpr double kFuzzRenderSeconds = 5;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    occx::ExtractOptions options;
    options.ocr = occx::OcrMode::never;
    options.format = occx::InputFormat::pdf;
    options.jobs = 1;
    options.render.max_megapixels = kFuzzMegapixels;
    options.render.timeout_seconds = kFuzzRenderSeconds;
    static occx::Context context;  // the harness's run: made once, as the CLI makes one per command
    return occx::fuzz::run([&] { occx::extract_bytes(occx::fuzz::as_text(data, size), "fuzz.pdf", options, context); });
}
