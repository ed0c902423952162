#include "cli/input.h"

#include "cli/colour.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iostream>

#include "pipeline/input_file.h"
#include "util/error.h"
#include "util/log.h"
#include "util/text.h"

namespace occx::cli {

namespace {

// Limits are generous for real reports; a user with a larger one raises them per run
// (option) or per machine (environment variable).
constexpr int kMaxLimit = 1000000;

int limit_value(const Args& args, const std::string& option, const char* env_name, int fallback) {
    if (auto v = args.int_value(option, 1, kMaxLimit)) return *v;
    const char* env = std::getenv(env_name);
    if (!env || !*env) return fallback;
    char* end = nullptr;
    long n = std::strtol(env, &end, 10);
    if (*end != '\0' || n < 1 || n > kMaxLimit)
        throw UsageError{std::string(env_name) + " must be a whole number from 1 to " + std::to_string(kMaxLimit)};
    return static_cast<int>(n);
}

void read_limits(const Args& args, ExtractOptions& o) {
    o.max_input_bytes = std::size_t(limit_value(args, "max-input-mb", "OCCX_MAX_INPUT_MB",
                                                int(ExtractOptions::kDefaultMaxInputMb))) << 20;
    o.max_text_bytes = std::size_t(limit_value(args, "max-text-mb", "OCCX_MAX_TEXT_MB",
                                               int(ExtractOptions::kDefaultMaxTextMb))) << 20;
    o.render.max_megapixels = limit_value(args, "max-render-mpx", "OCCX_MAX_RENDER_MPX", int(o.render.max_megapixels));
    o.render.timeout_seconds = limit_value(args, "render-timeout", "OCCX_RENDER_TIMEOUT", int(o.render.timeout_seconds));
    o.max_pages = limit_value(args, "max-pages", "OCCX_MAX_PAGES", ExtractOptions::kDefaultMaxPages);
}

// Standard input, read up to the limit: a pipe has no size to check first.
std::string read_standard_input(std::size_t max_bytes) {
    std::string bytes;
    char chunk[1 << 16];
    while (std::cin.read(chunk, sizeof chunk) || std::cin.gcount() > 0) {
        bytes.append(chunk, static_cast<std::size_t>(std::cin.gcount()));
        if (bytes.size() > max_bytes)
            throw Error("<stdin>: over the input limit of " + megabytes(max_bytes) +
                        " (--max-input-mb or OCCX_MAX_INPUT_MB raise it)");
    }
    if (bytes.empty()) throw Error("<stdin>: no input");
    return bytes;
}

double percent_value(const std::string& name, const std::string& text) {
    char* end = nullptr;
    double v = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || !(v >= 0 && v <= 100))
        throw UsageError{"--" + name + " takes a percentage from 0 to 100, not '" + text + "'"};
    return v;
}

}  // namespace

std::vector<OptionSpec> limit_options() {
    return {{"max-input-mb", 0, true, "N", "refuse inputs over N MB (default 40; env OCCX_MAX_INPUT_MB)"},
            {"max-text-mb", 0, true, "N", "refuse text inputs over N MB, hOCR, ALTO and TSV aside (default 4; env OCCX_MAX_TEXT_MB)"},
            {"max-pages", 0, true, "N", "refuse PDFs of over N pages (default 1000; env OCCX_MAX_PAGES)"},
            {"max-render-mpx", 0, true, "N", "skip pages whose render, or an image scaled to draw in it, exceeds N megapixels (default 30; env OCCX_MAX_RENDER_MPX)"},
            {"render-timeout", 0, true, "S", "skip pages whose render takes over S seconds (default 30; env OCCX_RENDER_TIMEOUT)"}};
}

std::string read_input(const std::string& input, std::size_t max_bytes) {
    return input == "-" ? read_standard_input(max_bytes) : read_input_file(input, max_bytes);
}

ExtractOptions extract_options_from(const Args& args) {
    ExtractOptions o;
    std::string ocr = args.choice("ocr", {"auto", "never", "always"}, "auto");
    o.ocr = ocr == "never" ? OcrMode::never : ocr == "always" ? OcrMode::always : OcrMode::automatic;
    o.dpi = args.int_value("dpi", 72, 600).value_or(300);
    o.jobs = args.int_value("jobs", 1, 256).value_or(0);
    std::string format = args.choice("input-format", {"auto", "pdf", "text"}, "auto");
    o.format = format == "pdf" ? InputFormat::pdf : format == "text" ? InputFormat::text : InputFormat::detect;
    o.patterns_dir = args.value("patterns");
    read_limits(args, o);
    if (auto pct = args.value("min-coverage")) o.min_coverage = percent_value("min-coverage", *pct);
    return o;
}

OptionSpec min_coverage_option() {
    return {"min-coverage", 0, true, "PCT",
            "fail a document whose share of measure ids extracted (of those seen) is below PCT"};
}

ExtractResult extract_input(const std::string& input, const ExtractOptions& options, Context& context) {
    if (input != "-") return extract_file(input, options, context);
    return extract_bytes(read_input(input, options.max_input_bytes), "-", options, context);
}

void print_document_warnings(const ExtractResult& result, bool verbose) {
    if (log_quiet()) return;
    const DocumentSummary& s = result.summary;
    print_losses(result.file, s.warnings);
    if (verbose || s.ids_extracted < s.ids_seen) std::cerr << "occx: " << result.file << ": " << coverage_text(s) << "\n";
}

void print_losses(const std::string& file, const std::vector<std::string>& losses) {
    if (log_quiet()) return;
    for (const auto& w : losses) std::cerr << "occx: " << warning_prefix() << file << ": " << w << "\n";
}

void print_notes(const std::string& file, const std::vector<std::string>& notes) {
    for (const auto& n : notes) std::cerr << file << ": " << n << "\n";
}

void print_notes(const ExtractResult& result) {
    print_notes(result.file, result.summary.notes);
    std::cerr << result.file << ": " << result.records.size() << " records from "
              << result.summary.pages << " pages (" << result.summary.ocr_pages << " OCR'd)\n";
}

OutputStream::OutputStream(const Args& args) {
    if (auto path = args.value("output")) file_ = std::make_unique<AtomicFile>(*path);
}

void OutputStream::commit() {
    if (file_) file_->commit();
    else std::cout.flush();
}

namespace {

// "YYYY-MM" or nothing; a usage error names the option otherwise.
std::string month_option(const Args& args, const std::string& name) {
    auto v = args.value(name);
    if (!v) return "";
    const std::string& m = *v;
    bool ok = m.size() == 7 && m[4] == '-' && m.substr(5) >= "01" && m.substr(5) <= "12";
    for (size_t i : {0, 1, 2, 3, 5, 6}) ok = ok && i < m.size() && std::isdigit(static_cast<unsigned char>(m[i]));
    if (!ok) throw UsageError{"option '--" + name + "' takes a month as YYYY-MM, not '" + m + "'"};
    return m;
}

}  // namespace

std::vector<OptionSpec> archive_filter_options() {
    return {{"measure", 'm', true, "ID", "only this measure (repeat for more)"},
            {"since", 0, true, "YYYY-MM", "only report periods ending in this month or later"},
            {"until", 0, true, "YYYY-MM", "only report periods ending in this month or earlier"}};
}

ReportFilter archive_filter_from(const Args& args) {
    ReportFilter f;
    for (const auto& id : args.values("measure")) f.measures.push_back(to_upper_ascii(trim(id)));
    f.since = month_option(args, "since");
    f.until = month_option(args, "until");
    if (!f.since.empty() && !f.until.empty() && f.since > f.until)
        throw UsageError{"--since " + f.since + " is after --until " + f.until};
    return f;
}

std::string output_format(const Args& args, const std::vector<std::string>& choices, const std::string& fallback) {
    if (args.value("format")) return args.choice("format", choices, fallback);
    const std::string path = to_lower_ascii(args.value_or("output", ""));
    const auto dot = path.rfind('.');
    if (dot == std::string::npos || path.find('/', dot) != std::string::npos) return fallback;
    std::string ext = path.substr(dot + 1);
    if (ext == "htm") ext = "html";
    if (ext == "txt") ext = "table";
    return std::find(choices.begin(), choices.end(), ext) != choices.end() ? ext : fallback;
}

int batch_exit_code(int failed, int total) {
    if (failed == 0) return kOk;
    return failed == total ? kUsage : kPartial;
}

}  // namespace occx::cli
