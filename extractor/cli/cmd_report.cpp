// occx report: the archive as one self-contained HTML page (report/html_page.h).
#include <unistd.h>

#include <iostream>

#include "archive/archive_store.h"
#include "archive/archive_url.h"
#include "cli/commands.h"
#include "cli/input.h"
#include "report/history_report.h"
#include "report/html_page.h"
#include "util/error.h"
#include "util/text.h"

namespace occx::cli {


CommandSpec report_spec() {
    CommandSpec spec{"report",
            "occx report [OPTIONS] -o FILE.html",
            "Write the archive's history as one self-contained HTML page (charts, overview, data quality)",
            {archive_db_option(),
             {"output", 'o', true, "FILE", "write the page to FILE (standard output when not a terminal)"},
             {"patterns", 0, true, "DIR", "use the pattern pack in DIR (title comparison for series)"}}};
    for (auto& o : archive_filter_options()) spec.options.push_back(std::move(o));
    return spec;
}

int run_report(const Args& args) {
    if (!args.positional().empty()) throw UsageError{"report takes no positional arguments (see occx report --help)"};
    if (!args.value("output") && isatty(STDOUT_FILENO))
        throw UsageError{"report writes HTML: give -o FILE.html (or redirect standard output)"};
    const ReportFilter filter = archive_filter_from(args);
    ArchiveStore store = ArchiveStore::open(args.value_or("db", kDefaultArchive), false);
    const PatternPack patterns = PatternPack::load(resolve_patterns_dir(args.value("patterns")));
        TitleComparer titles(patterns);
    const HistoryReport report = load_history_report(store, filter, titles);
    if (report.measures.empty() && !filter.measures.empty())
        fail(store.name(), "no observations of " + join(filter.measures, ", ") + " in this range");
    OutputStream output(args);
    write_html_report(report, output.get());
    output.commit();
    return kOk;
}

}  // namespace occx::cli
