// occx: turns Oxfordshire County Council performance reports into structured records.
#include <cstdio>
#include <exception>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/help_formats.h"
#include "pdf/pdf_document.h"
#include "util/error.h"
#include "util/log.h"
#include "util/memory.h"

namespace occx::cli {

const std::vector<Command>& all_commands() {
    static const std::vector<Command> commands = {
        {extract_spec, run_extract},
        {words_spec, run_words},
        {backfill_spec, run_backfill},
        {history_spec, run_history},
        {export_spec, run_export},
        {list_spec, run_list},
        {report_spec, run_report},
        {validate_spec, run_validate},
        {findings_spec, run_findings},
    };
    return commands;
}

namespace {

void print_main_help() {
    std::cout << "Usage: occx COMMAND [OPTIONS] ...\n\n"
                 "Turns Oxfordshire County Council performance reports (PDF or text) into\n"
                 "structured measure records, archives them and checks them.\n\nCommands:\n";
    for (const auto& c : all_commands()) {
        auto spec = c.spec();
        std::string name = "  " + spec.name;
        name.resize(14, ' ');
        std::cout << name << spec.summary << "\n";
    }
    std::cout << "\nRun 'occx help COMMAND' (or 'occx COMMAND --help') for a command's options.\n"
                 "Exit codes: 0 success, 1 findings (validate), 2 usage or input error,\n"
                 "3 some inputs of a batch failed and the rest succeeded.\n";
}

// -q and -v mean the same on every command; a command that says more about them keeps its words.
CommandSpec with_common_options(CommandSpec spec) {
    auto has = [&](const std::string& name) {
        for (const auto& o : spec.options)
            if (o.name == name) return true;
        return false;
    };
    if (!has("quiet")) spec.options.push_back({"quiet", 'q', false, "", "only errors on standard error"});
    if (!has("verbose")) spec.options.push_back({"verbose", 'v', false, "", "more detail on standard error"});
    return spec;
}

bool wants_help(const std::vector<std::string>& args) {
    for (const auto& a : args) {
        if (a == "--") return false;
        if (a == "--help" || a == "-h") return true;
    }
    return false;
}

// occx help COMMAND; occx help --man and --bash-completion print the manual page and the
// completion script, made from the same specs (the build installs both).
int help_command(const std::vector<std::string>& argv) {
    std::vector<CommandSpec> specs;
    for (const auto& c : all_commands()) specs.push_back(with_common_options(c.spec()));
    if (argv[1] == "--man") {
        std::cout << man_page(specs, OCCX_VERSION);
        return kOk;
    }
    if (argv[1] == "--bash-completion") {
        std::cout << bash_completion(specs);
        return kOk;
    }
    for (const auto& spec : specs)
        if (spec.name == argv[1]) {
            std::cout << help_text(spec);
            return kOk;
        }
    throw UsageError{"no command '" + argv[1] + "' (see occx --help)"};
}

int dispatch(const std::vector<std::string>& argv) {
    if (argv.empty()) {
        print_main_help();
        return kUsage;
    }
    const std::string& first = argv[0];
    if (first == "help" && argv.size() > 1) return help_command(argv);
    if (first == "--help" || first == "-h" || first == "help") {
        print_main_help();
        return kOk;
    }
    if (first == "--version" || first == "-V") {
        std::cout << "occx " << OCCX_VERSION << "\n";
        return kOk;
    }
    for (const auto& c : all_commands()) {
        auto spec = with_common_options(c.spec());
        if (spec.name != first) continue;
        std::vector<std::string> rest(argv.begin() + 1, argv.end());
        if (wants_help(rest)) {
            std::cout << help_text(spec);
            return kOk;
        }
        Args args = Args::parse(spec, rest);
        set_log_quiet(args.flag("quiet"));
        if (args.flag("verbose")) set_log_verbose(true);
        return c.run(args);
    }
    if (!first.empty() && first[0] == '-') throw UsageError{"unknown option '" + first + "' (see occx --help)"};
    throw UsageError{"unknown command '" + first + "' (see occx --help)"};
}

}  // namespace
}  // namespace occx::cli

namespace {

// A render abandoned after its timeout still runs Poppler on its thread; the static
// destructors of a normal exit would pull Poppler's state from under it.
int leave(int code) {
    if (occx::abandoned_renders() == 0) return code;
    std::cout.flush();
    std::cerr.flush();
    std::_Exit(code);
}

}  // namespace

int main(int argc, char** argv) {
    // occx OCRs a page per core itself; Tesseract's own OpenMP threads would only compete
    // with those workers (measured: a third more wall time, ten times the system time).
    // libgomp reads this when the OCR module loads, so it must be set before any thread starts.
    setenv("OMP_THREAD_LIMIT", "1", /*overwrite=*/0);
    occx::return_large_blocks_when_freed();
    std::vector<std::string> args(argv + 1, argv + argc);
    try {
        return leave(occx::cli::dispatch(args));
    } catch (const occx::cli::UsageError& e) {
        std::cerr << "occx: " << e.message << "\n";
    } catch (const occx::Error& e) {
        std::cerr << "occx: " << e.what() << "\n";
    } catch (const std::exception& e) {
        std::cerr << "occx: internal error: " << e.what() << "\n";
    }
    return leave(occx::cli::kUsage);
}
