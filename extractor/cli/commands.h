#pragma once
// Each command: its spec (options and help) and its run function. main.cpp only dispatches.
#include <vector>

#include "cli/args.h"

namespace occx::cli {

struct Command {
    CommandSpec (*spec)();
    int (*run)(const Args&);
};

CommandSpec extract_spec();
int run_extract(const Args& args);
CommandSpec words_spec();
int run_words(const Args& args);
CommandSpec backfill_spec();
int run_backfill(const Args& args);
CommandSpec history_spec();
int run_history(const Args& args);
CommandSpec export_spec();
int run_export(const Args& args);
// --db URL, shared by the archive commands (defined in cmd_backfill.cpp).
OptionSpec archive_db_option();
CommandSpec list_spec();
int run_list(const Args& args);
CommandSpec report_spec();
int run_report(const Args& args);
CommandSpec validate_spec();
int run_validate(const Args& args);
CommandSpec findings_spec();
int run_findings(const Args& args);

// The commands, in the order --help lists them.
const std::vector<Command>& all_commands();

}  // namespace occx::cli
