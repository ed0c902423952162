#include "pipeline/extract.h"

#include <filesystem>
#include <future>

#include "pipeline/pdf_extract.h"
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

}  // namespace

ExtractResult extract_bytes(std::string_view bytes, const std::string& name,
                            const ExtractOptions& options) {
    const bool as_pdf = options.format == InputFormat::pdf ||
                        (options.format == InputFormat::detect && looks_like_pdf(bytes));
    try {
        // The hash is taken beside the extraction, on a core that is idle while it starts.
        auto hash = std::async(std::launch::async, [bytes] { return sha256_hex(bytes); });
        const PatternPack& pack = default_pattern_pack(options.patterns_dir);
        ExtractResult result = as_pdf ? extract_pdf(bytes, options, pack) : extract_text(bytes, pack);
        result.file = name;
        result.sha256 = hash.get();
        stamp_source(result);
        return result;
    } catch (const Error& e) {
        throw Error(name + ": " + e.what());
    }
}

ExtractResult extract_file(const std::string& path, const ExtractOptions& options) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw Error(path + ": is a directory");
    std::string bytes = read_file(path);
    return extract_bytes(bytes, path, options);
}

}  // namespace occx
