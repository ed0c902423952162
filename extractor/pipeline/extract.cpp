#include "pipeline/extract.h"

#include <future>

#include "pdf/pdf_extract.h"
#include "pipeline/input_file.h"
#include "text/text_extract.h"
#include "util/error.h"
#include "util/text.h"

namespace occx {

bool looks_like_pdf(std::string_view bytes) {
    // The header may follow a little junk; readers accept it within the first 1024 bytes.
    return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

namespace {

void stamp_source(ExtractResult& result) {
    for (auto& r : result.records) {
        r.source.file = result.file;
        r.source.sha256 = result.sha256;
    }
    if (result.cabinet) {
        result.cabinet->source.file = result.file;
        result.cabinet->source.sha256 = result.sha256;
    }
}

// No false success: a document that gives nothing is an error, saying what was lost.
void require_content(const ExtractResult& result, bool as_pdf) {
    if (!result.records.empty() || result.cabinet) return;
    if (as_pdf && result.summary.pages == 0) throw NotAReport("has no pages");
    std::string why = "no measure rows and no Cabinet covering report found: not a report";
    const auto& lost = result.summary.warnings;
    if (!lost.empty())
        why += " (" + std::to_string(lost.size()) + " problem" + (lost.size() > 1 ? "s" : "") + ", first: " + lost.front() + ")";
    throw NotAReport(why);
}

}  // namespace

ExtractResult extract_bytes(std::string_view bytes, const std::string& name,
                            const ExtractOptions& options) {
    const bool as_pdf = options.format == InputFormat::pdf ||
                        (options.format == InputFormat::detect && looks_like_pdf(bytes));
    if (!as_pdf && bytes.size() > options.max_text_bytes)
        throw Error(name + ": is " + megabytes(bytes.size()) + " of text, over the text input limit of " +
                    megabytes(options.max_text_bytes) + " (--max-text-mb or OCCX_MAX_TEXT_MB raise it)");
    try {
        // The hash is taken beside the extraction, on a core that is idle while it starts.
        auto hash = std::async(std::launch::async, [bytes] { return sha256_hex(bytes); });
        const PatternPack& pack = default_pattern_pack(options.patterns_dir);
        ExtractResult result = as_pdf ? extract_pdf(bytes, options, pack) : extract_text(bytes, pack);
        require_content(result, as_pdf);
        result.file = name;
        result.sha256 = hash.get();
        stamp_source(result);
        return result;
    } catch (const NotAReport& e) {
        throw NotAReport(name + ": " + e.what());
    } catch (const Error& e) {
        throw Error(name + ": " + e.what());
    } catch (const std::bad_alloc&) {
        // Whatever the cause, the batch goes on to the next file, which names this one.
        throw Error(name + ": out of memory while reading it");
    } catch (const std::exception& e) {
        throw Error(name + ": internal error: " + e.what());
    }
}

ExtractResult extract_file(const std::string& path, const ExtractOptions& options) {
    std::string bytes = read_input_file(path, options.max_input_bytes);
    return extract_bytes(bytes, path, options);
}

}  // namespace occx
