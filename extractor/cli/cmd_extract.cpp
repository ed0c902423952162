// occx extract: inputs in, records out. One bad input never stops the others.
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include "cli/commands.h"
#include "cli/input.h"
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
             {"verbose", 'v', false, "", "tell on standard error what was decided for each page"}}};
    for (auto& o : limit_options()) spec.options.push_back(std::move(o));
    return spec;
}

int run_extract(const Args& args) {
    if (args.positional().empty()) throw UsageError{"extract needs at least one FILE (see occx extract --help)"};
    ExtractOptions options = extract_options_from(args);
    RecordFormat format = record_format_from_name(output_format(args, {"jsonl", "json", "csv"}, "jsonl"));
    const bool with_cabinet = args.flag("cabinet");
    if (with_cabinet && format == RecordFormat::csv)
        throw UsageError{"--cabinet writes Cabinet reports as JSON: use -f jsonl or json, not csv"};
    const bool verbose = args.flag("verbose");
    set_log_verbose(verbose);

    OutputStream output(args);
    RecordWriter writer(output.get(), format);

    int failed = 0;
    for (const auto& input : args.positional()) {
        try {
            ExtractResult result = extract_input(input, options);
            if (verbose) print_notes(result);
            print_document_warnings(result, verbose);
            for (const auto& r : result.records) writer.write(r);
            if (with_cabinet && result.cabinet) writer.write_document(cabinet_to_json(*result.cabinet));
        } catch (const Error& e) {
            std::cerr << "occx: " << e.what() << "\n";
            ++failed;
        } catch (const std::exception& e) {
            // Before the file was read (memory for its bytes): still one line naming it.
            std::cerr << "occx: " << input << ": internal error: " << e.what() << "\n";
            ++failed;
        }
    }
    writer.finish();
    const int code = batch_exit_code(failed, static_cast<int>(args.positional().size()));
    if (code != kUsage) output.commit();  // nothing extracted: an earlier file stays as it was
    return code;
}

}  // namespace occx::cli
