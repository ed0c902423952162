// occx validate: finds the contradictions in published reports (see docs/validation.md).
// Inputs are report PDFs or text (extracted first), or records and Cabinet reports as JSON.
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <iterator>

#include "archive/archive_history.h"
#include "archive/archive_store.h"
#include "cli/commands.h"
#include "cli/colour.h"
#include "cli/input.h"
#include "pipeline/extract.h"
#include "util/error.h"
#include "util/text.h"
#include "validate/direction.h"
#include "validate/json_inputs.h"
#include "validate/validator.h"

namespace occx::cli {

CommandSpec validate_spec() {
    return {"validate",
            "occx validate [OPTIONS] FILE...   (FILE '-' reads standard input)",
            "Find contradictions in reports: statuses vs numbers, months, Cabinet vs annex",
            {{"format", 'f', true, "FMT",
              "text (default): one line per finding; json: an array; jsonl: JSON Lines; default from -o's extension"},
             {"output", 'o', true, "FILE", "write the findings to FILE instead of standard output"},
             {"records", 0, false, "", "read every FILE as records JSON (as `occx extract` writes)"},
             {"min-severity", 0, true, "LEVEL", "show findings from LEVEL up: info (default), warning, error"},
             {"db", 0, true, "URL",
              "check against the archive at URL (a path, sqlite:///path or postgresql://...): earlier months of "
              "the same measures are history"},
             {"verbose", 'v', false, "", "tell on standard error how much history was used and how many measures "
              "of each report had a known direction"},
             {"patterns", 0, true, "DIR", "use the pattern pack in DIR"}}};
}

namespace {

std::string read_input_bytes(const std::string& input) {
    std::error_code ec;
    if (std::filesystem::is_directory(input, ec)) throw Error(input + ": is a directory");
    if (input != "-") return read_file(input);
    std::string bytes(std::istreambuf_iterator<char>(std::cin), {});
    if (bytes.empty()) throw Error("<stdin>: no input");
    return bytes;
}

// One input into the validation: its reports and Cabinet reports.
void load_input(const std::string& input, bool as_records, const ExtractOptions& options, Context& context,
                ValidationInput& into) {
    const std::string bytes = read_input_bytes(input);
    JsonInputs got;
    if (as_records || (!looks_like_pdf(bytes) && looks_like_json(bytes))) {
        got = read_json_inputs(bytes, input);
    } else {
        ExtractResult result = extract_bytes(bytes, input, options, context);
        got.records = std::move(result.records);
        if (result.cabinet) got.cabinets.push_back(std::move(*result.cabinet));
        if (got.records.empty() && got.cabinets.empty())
            throw Error(input + ": no measure records or Cabinet tables found");
    }
    for (auto& r : group_into_reports(got.records, input)) into.reports.push_back(std::move(r));
    for (auto& c : got.cabinets) {
        if (c.source.file.empty()) c.source.file = input;
        into.cabinets.push_back(std::move(c));
    }
}

void print_text(const Findings& shown, const Findings& all, const ValidationInput& input, std::ostream& out,
                bool colour) {
    for (const auto& f : shown) out << (colour ? coloured_finding(f) : finding_to_text(f)) << "\n";
    int counts[3] = {0, 0, 0};
    for (const auto& f : all) ++counts[static_cast<int>(f.severity)];
    out << counts[2] << " errors, " << counts[1] << " warnings, " << counts[0] << " info in "
              << input.reports.size() << " reports and " << input.cabinets.size()
              << " Cabinet reports\n";
}

// What validation had to go on: the history it was given, the directions it knew.
void print_coverage(const ValidationInput& input, const PatternPack& patterns) {
    size_t rows = 0;
    for (const auto& h : input.history) rows += h.records.size();
    std::cerr << "validate: history of " << input.history.size() << " earlier reports (" << rows << " rows)\n";
    ValidationContext ctx{input, patterns};
    DirectionFinder directions(ctx);
    for (const auto& report : input.reports) {
        DirectionCoverage c = direction_coverage(report, directions);
        std::cerr << report.file << ": " << coverage_text(c);
        if (!c.unknown.empty()) std::cerr << "; unknown: " << join(c.unknown, ", ");
        std::cerr << "\n";
    }
}

}  // namespace

int run_validate(const Args& args) {
    if (args.positional().empty()) throw UsageError{"validate needs at least one FILE (see occx validate --help)"};
    const std::string format = output_format(args, {"text", "json", "jsonl"}, "text");
    const Severity floor = severity_from_name(args.choice("min-severity", {"info", "warning", "error"}, "info"));
    ExtractOptions options = extract_options_from(args);
    Context context(options.patterns_dir);
    // Open the archive first: a bad URL is reported before any extraction work.
    std::optional<ArchiveStore> archive;
    if (auto url = args.value("db")) archive.emplace(ArchiveStore::open(*url, false));

    ValidationInput input;
    for (const auto& file : args.positional()) load_input(file, args.flag("records"), options, context, input);
    const PatternPack& patterns = context.patterns();
    if (archive) input.history = load_history(*archive, input, history_scope_for(input), TitleComparer(patterns));
    Findings all = validate(input, patterns);
    if (args.flag("verbose")) print_coverage(input, patterns);

    Findings shown;
    for (const auto& f : all)
        if (f.severity >= floor) shown.push_back(f);
    OutputStream output(args);
    if (format == "jsonl") {
        for (const auto& f : shown) output.get() << finding_to_json(f).dump() << "\n";
    } else if (format == "json") {
        nlohmann::json array = nlohmann::json::array();
        for (const auto& f : shown) array.push_back(finding_to_json(f));
        output.get() << array.dump(2) << "\n";
    } else {
        print_text(shown, all, input, output.get(), !args.value("output") && colour_on(STDOUT_FILENO));
    }
    output.commit();
    return has_errors(all) ? kFindings : kOk;
}

}  // namespace occx::cli
