#include "cli/input.h"

#include <iostream>
#include <cstdlib>
#include <iterator>

#include "util/error.h"

namespace occx::cli {

namespace {

double percent_value(const std::string& name, const std::string& text) {
    char* end = nullptr;
    double v = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || !(v >= 0 && v <= 100))
        throw UsageError{"--" + name + " takes a percentage from 0 to 100, not '" + text + "'"};
    return v;
}

}  // namespace

ExtractOptions extract_options_from(const Args& args) {
    ExtractOptions o;
    std::string ocr = args.choice("ocr", {"auto", "never", "always"}, "auto");
    o.ocr = ocr == "never" ? OcrMode::never : ocr == "always" ? OcrMode::always : OcrMode::automatic;
    o.dpi = args.int_value("dpi", 72, 600).value_or(300);
    o.jobs = args.int_value("jobs", 1, 256).value_or(0);
    std::string format = args.choice("input-format", {"auto", "pdf", "text"}, "auto");
    o.format = format == "pdf" ? InputFormat::pdf : format == "text" ? InputFormat::text : InputFormat::detect;
    o.patterns_dir = args.value("patterns");
    if (auto pct = args.value("min-coverage")) o.min_coverage = percent_value("min-coverage", *pct);
    return o;
}

OptionSpec min_coverage_option() {
    return {"min-coverage", 0, true, "PCT",
            "fail a document whose share of measure ids extracted (of those seen) is below PCT"};
}

ExtractResult extract_input(const std::string& input, const ExtractOptions& options) {
    if (input != "-") return extract_file(input, options);
    std::string bytes(std::istreambuf_iterator<char>(std::cin), {});
    if (bytes.empty()) throw Error("<stdin>: no input");
    return extract_bytes(bytes, "-", options);
}

void print_document_warnings(const ExtractResult& result, bool verbose) {
    const DocumentSummary& s = result.summary;
    for (const auto& w : s.warnings) std::cerr << "occx: warning: " << result.file << ": " << w << "\n";
    if (verbose || s.ids_extracted < s.ids_seen) std::cerr << "occx: " << result.file << ": " << coverage_text(s) << "\n";
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
