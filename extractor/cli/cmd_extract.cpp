// occx extract: inputs in, records out. One bad input never stops the others.
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include "cli/commands.h"
#include "cli/input.h"
#include "cli/progress.h"
#include "model/cabinet.h"
#include "output/record_writer.h"
#include "pipeline/extract.h"
#include "util/error.h"
#include "util/log.h"

namespace occx::cli {

CommandSpec extract_spec() {
    CommandSpec spec{"extract",
            "occx extract [OPTIONS] FILE...   (FILE '-' reads standard input)",
            "Extract measure records from report PDFs or text inputs",
            {{"output", 'o', true, "FILE", "write records to FILE instead of standard output"},
             {"format", 'f', true, "FMT", "jsonl (default), json (an array) or csv; default from -o's extension"},
             {"cabinet", 0, false, "", "also write Cabinet covering reports in their structured form (jsonl, json)"},
             {"input-format", 0, true, "FMT", "auto (default), pdf or text"},
             {"ocr", 0, true, "MODE", "auto (default): OCR pages without a usable text layer; never; always"},
             {"dpi", 0, true, "N", "resolution for OCR rendering (default 300)"},
             {"jobs", 'j', true, "N", "OCR pages in parallel on N threads (default: one per core)"},
             {"patterns", 0, true, "DIR", "use the pattern pack in DIR"},
             min_coverage_option(),
             {"verbose", 'v', false, "", "tell on standard error what was decided for each page"},
             {"progress", 0, false, "", "show the progress bar even when standard error is not a terminal"},
             {"no-progress", 0, false, "", "no progress bar, even on a terminal"}}};
    for (auto& o : limit_options()) spec.options.push_back(std::move(o));
    return spec;
}

int run_extract(const Args& args) {
    if (args.positional().empty()) throw UsageError{"extract needs at least one FILE (see occx extract --help)"};
    ExtractOptions options = extract_options_from(args);
    Context context(options.patterns_dir);
    RecordFormat format = record_format_from_name(output_format(args, {"jsonl", "json", "csv"}, "jsonl"));
    const bool with_cabinet = args.flag("cabinet");
    if (with_cabinet && format == RecordFormat::csv)
        throw UsageError{"--cabinet writes Cabinet reports as JSON: use -f jsonl or json, not csv"};
    const bool verbose = args.flag("verbose");
    set_log_verbose(verbose);

    OutputStream output(args);
    RecordWriter writer(output.get(), format);
    // On a terminal a live bar (files, pages, OCR pages, records, ETA) from the start.
    const bool show_bar = args.flag("progress") || (!args.flag("no-progress") && !args.flag("quiet") &&
                                                     isatty(STDERR_FILENO) && !verbose);
    ProgressBar progress(show_bar, false);
    BackfillStats counts;
    counts.files_total = static_cast<int>(args.positional().size());
    const auto start = std::chrono::steady_clock::now();
    if (show_bar) options.on_page = [&](int done, int total, bool ocr) { progress.update_page(done, total, ocr); };
    progress.update(counts);

    int failed = 0;
    for (const auto& input : args.positional()) {
        try {
            ExtractResult result = extract_input(input, options, context);
            counts.pages += result.summary.pages;
            counts.ocr_pages += result.summary.ocr_pages;
            counts.records += static_cast<long>(result.records.size());
            progress.clear();
            if (verbose) print_notes(result);
            print_document_warnings(result, verbose);
            for (const auto& r : result.records) writer.write(r);
            if (with_cabinet && result.cabinet) writer.write_document(cabinet_to_json(*result.cabinet));
        } catch (const NotAReport& e) {
            progress.clear();
            if (verbose) print_notes(input, e.notes());
            print_losses(input, e.losses());
            std::cerr << "occx: " << e.what() << "\n";
            ++failed;
        } catch (const Error& e) {
            progress.clear();
            std::cerr << "occx: " << e.what() << "\n";
            ++failed;
        } catch (const std::exception& e) {
            // Before the file was read (memory for its bytes): still one line naming it.
            progress.clear();
            std::cerr << "occx: " << input << ": internal error: " << e.what() << "\n";
            ++failed;
        }
        ++counts.files_done;
        counts.last.file = input;
        counts.elapsed_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        progress.update(counts);
    }
    progress.finish();
    writer.finish();
    const int code = batch_exit_code(failed, static_cast<int>(args.positional().size()));
    if (code != kUsage) output.commit();  // nothing extracted: an earlier file stays as it was
    return code;
}

}  // namespace occx::cli
