#pragma once
// What several commands share: reading inputs (files or '-'), extraction options, exit codes.
#include <string>

#include "cli/args.h"
#include "pipeline/extract.h"

namespace occx::cli {

ExtractOptions extract_options_from(const Args& args);
// Extracts a named file, or standard input for "-"; throws occx::Error naming the input.
ExtractResult extract_input(const std::string& input, const ExtractOptions& options);
void print_notes(const ExtractResult& result);
// 0 when nothing failed, 2 when everything did, 3 when some did.
int batch_exit_code(int failed, int total);

}  // namespace occx::cli
