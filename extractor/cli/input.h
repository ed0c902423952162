#pragma once
// What several commands share: reading inputs (files or '-'), extraction options, exit codes.
#include <fstream>
#include <iostream>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "cli/args.h"
#include "output/atomic_file.h"
#include "pipeline/extract.h"
#include "report/history_report.h"

namespace occx::cli {

// --max-input-mb, --max-text-mb, --max-render-mpx, --render-timeout: for every command that reads reports.
std::vector<OptionSpec> limit_options();
ExtractOptions extract_options_from(const Args& args);
// A named file, or standard input for "-", refused over max_bytes; throws occx::Error naming it.
std::string read_input(const std::string& input, std::size_t max_bytes);
// Extracts a named file, or standard input for "-"; throws occx::Error naming the input.
ExtractResult extract_input(const std::string& input, const ExtractOptions& options, Context& context);
void print_notes(const ExtractResult& result);
// The same for a document that failed, from what the failure carries.
void print_notes(const std::string& file, const std::vector<std::string>& notes);
// Lost measure ids and other document-level doubts, one line each; the coverage line when an
// id was lost (always with verbose).
void print_document_warnings(const ExtractResult& result, bool verbose);
// The warnings of a document that gave nothing: each measure it lost, by name.
void print_losses(const std::string& file, const std::vector<std::string>& losses);
// --min-coverage, shared by the commands that extract.
OptionSpec min_coverage_option();
// 0 when nothing failed, 2 when everything did, 3 when some did.
int batch_exit_code(int failed, int total);

// --measure ID (repeatable), --since YYYY-MM, --until YYYY-MM: for the commands that read the archive.
std::vector<OptionSpec> archive_filter_options();
// The filter they give; a usage error names a month that is not YYYY-MM.
ReportFilter archive_filter_from(const Args& args);

// The output format: --format when given, else what --output's extension names (.jsonl,
// .json, .csv, .html, .txt for a table) when it is one of choices, else fallback.
std::string output_format(const Args& args, const std::vector<std::string>& choices, const std::string& fallback);

// Standard output, or the file of --output written atomically (output/atomic_file.h): it
// replaces an earlier file only at commit(), so a failed run leaves that file as it was.
class OutputStream {
public:
    explicit OutputStream(const Args& args);
    std::ostream& get() { return file_ ? file_->stream() : std::cout; }
    void commit();

private:
    std::unique_ptr<AtomicFile> file_;
};

}  // namespace occx::cli
