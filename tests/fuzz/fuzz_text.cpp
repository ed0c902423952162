// The text-input readers (markdown, tab tables, pdftotext, raw OCR text) on arbitrary bytes.
#include "fuzz_common.h"
#include "patterns/pattern_pack.h"
#include "pipeline/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const occx::Context context;  // the harness's run: made once, as the CLI makes one per command
    return occx::fuzz::run([&] { occx::extract_stream_text(occx::fuzz::as_text(data, size), context.patterns()); });
}
