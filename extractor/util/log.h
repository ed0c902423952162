#pragma once
// occx's own diagnostic log: what third-party libraries say (Poppler) and other detail that
// only -v shows. Errors are not logged here: they travel as occx::Error to one line each.
#include <string>
#include <string_view>

namespace occx {

// Whether diagnostics reach standard error (the CLI sets it from -v).
void set_log_verbose(bool on);
bool log_verbose();
// -q: only errors reach standard error (warnings, notes, summaries and progress stay quiet).
void set_log_quiet(bool on);
bool log_quiet();
// Writes "occx: SOURCE: MESSAGE" to standard error when verbose ("occx: SUBJECT: SOURCE: MESSAGE"
// while a LogSubject names the input); otherwise drops it.
void log_diagnostic(std::string_view source, std::string_view message);

// Names the input this thread's diagnostics are about ("occx: report.pdf: poppler: ..."), for as
// long as it lives; a batch reads many files, and a library's line must say which one it meant.
class LogSubject {
public:
    explicit LogSubject(std::string subject);
    ~LogSubject();
    LogSubject(const LogSubject&) = delete;
    LogSubject& operator=(const LogSubject&) = delete;

private:
    std::string previous_;
};
// The subject this thread's diagnostics name, or "" (a worker thread takes its starter's).
const std::string& log_subject();

}  // namespace occx
