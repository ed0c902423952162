#pragma once
// occx's own diagnostic log: what third-party libraries say (Poppler) and other detail that
// only -v shows. Errors are not logged here: they travel as occx::Error to one line each.
#include <string_view>

namespace occx {

// Whether diagnostics reach standard error (the CLI sets it from -v).
void set_log_verbose(bool on);
bool log_verbose();
// -q: only errors reach standard error (warnings, notes, summaries and progress stay quiet).
void set_log_quiet(bool on);
bool log_quiet();
// Writes "occx: SOURCE: MESSAGE" to standard error when verbose; otherwise drops it.
void log_diagnostic(std::string_view source, std::string_view message);

}  // namespace occx
