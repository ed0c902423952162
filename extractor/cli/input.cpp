#include "cli/input.h"

#include <iostream>
#include <iterator>

#include "util/error.h"

namespace occx::cli {

ExtractOptions extract_options_from(const Args& args) {
    ExtractOptions o;
    std::string ocr = args.choice("ocr", {"auto", "never", "always"}, "auto");
    o.ocr = ocr == "never" ? OcrMode::never : ocr == "always" ? OcrMode::always : OcrMode::automatic;
    o.dpi = args.int_value("dpi", 72, 600).value_or(300);
    o.jobs = args.int_value("jobs", 1, 256).value_or(0);
    std::string format = args.choice("input-format", {"auto", "pdf", "text"}, "auto");
    o.format = format == "pdf" ? InputFormat::pdf : format == "text" ? InputFormat::text : InputFormat::detect;
    o.patterns_dir = args.value("patterns");
    return o;
}

ExtractResult extract_input(const std::string& input, const ExtractOptions& options) {
    if (input != "-") return extract_file(input, options);
    std::string bytes(std::istreambuf_iterator<char>(std::cin), {});
    if (bytes.empty()) throw Error("<stdin>: no input");
    return extract_bytes(bytes, "-", options);
}

void print_notes(const ExtractResult& result) {
    for (const auto& n : result.summary.notes) std::cerr << result.file << ": " << n << "\n";
    std::cerr << result.file << ": " << result.records.size() << " records from "
              << result.summary.pages << " pages (" << result.summary.ocr_pages << " OCR'd)\n";
}

OutputStream::OutputStream(const Args& args) {
    if (auto path = args.value("output")) {
        file_ = std::make_unique<std::ofstream>(*path, std::ios::binary | std::ios::trunc);
        if (!*file_) throw Error(*path + ": cannot write output file");
    }
}

int batch_exit_code(int failed, int total) {
    if (failed == 0) return kOk;
    return failed == total ? kUsage : kPartial;
}

}  // namespace occx::cli
