#pragma once
// The library's front door: one input (PDF or text) in, records out.
#include <string>
#include <string_view>

#include "model/extraction.h"
#include "patterns/pattern_pack.h"
#include "pipeline/context.h"

namespace occx {

// Extracts one input held in memory; name is what source.file will say. The context gives the
// patterns and OCR engines (options.patterns_dir is the caller's, to make the context with).
// Throws occx::Error naming the file (and page) when the input cannot be read, NotAReport when
// it yields nothing.
ExtractResult extract_bytes(std::string_view bytes, const std::string& name, const ExtractOptions& options,
                            Context& context);
ExtractResult extract_file(const std::string& path, const ExtractOptions& options, Context& context);

bool looks_like_pdf(std::string_view bytes);

// Stream text (no column layout) through the stream readers and the one record builder; the
// records are not yet stamped with the file. For tests and fuzzing; extract_bytes chooses it.
ExtractResult extract_stream_text(std::string_view text, const PatternPack& pack);

// "12 of 39 measure ids extracted": the document's coverage, as the CLI and the archive say it.
std::string coverage_text(const DocumentSummary& summary);

}  // namespace occx
