// occx report: the archive as one self-contained HTML page (report/html_page.h).
#include <unistd.h>

#include <cctype>
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

namespace {

// "YYYY-MM" or nothing; a usage error names the option otherwise.
std::string month_option(const Args& args, const std::string& name) {
    auto v = args.value(name);
    if (!v) return "";
    const std::string& m = *v;
    const bool ok = m.size() == 7 && m[4] == '-' && std::isdigit(static_cast<unsigned char>(m[0])) &&
                    std::isdigit(static_cast<unsigned char>(m[1])) && std::isdigit(static_cast<unsigned char>(m[2])) &&
                    std::isdigit(static_cast<unsigned char>(m[3])) && m.substr(5) >= "01" && m.substr(5) <= "12" &&
                    std::isdigit(static_cast<unsigned char>(m[5])) && std::isdigit(static_cast<unsigned char>(m[6]));
    if (!ok) throw UsageError{"option '--" + name + "' takes a month as YYYY-MM, not '" + m + "'"};
    return m;
}

ReportFilter filter_from(const Args& args) {
    ReportFilter f;
    for (const auto& id : args.values("measure")) f.measures.push_back(to_upper_ascii(trim(id)));
    f.since = month_option(args, "since");
    f.until = month_option(args, "until");
    if (!f.since.empty() && !f.until.empty() && f.since > f.until)
        throw UsageError{"--since " + f.since + " is after --until " + f.until};
    return f;
}

}  // namespace

CommandSpec report_spec() {
    return {"report",
            "occx report [OPTIONS] -o FILE.html",
            "Write the archive's history as one self-contained HTML page (charts, overview, data quality)",
            {archive_db_option(),
             {"output", 'o', true, "FILE", "write the page to FILE (standard output when not a terminal)"},
             {"measure", 'm', true, "ID", "only this measure (repeat for more)"},
             {"since", 0, true, "YYYY-MM", "only report periods ending in this month or later"},
             {"until", 0, true, "YYYY-MM", "only report periods ending in this month or earlier"},
             {"patterns", 0, true, "DIR", "use the pattern pack in DIR (title comparison for series)"}}};
}

int run_report(const Args& args) {
    if (!args.positional().empty()) throw UsageError{"report takes no positional arguments (see occx report --help)"};
    if (!args.value("output") && isatty(STDOUT_FILENO))
        throw UsageError{"report writes HTML: give -o FILE.html (or redirect standard output)"};
    const ReportFilter filter = filter_from(args);
    ArchiveStore store = ArchiveStore::open(args.value_or("db", kDefaultArchive), false);
    TitleComparer titles(default_pattern_pack(args.value("patterns")));
    const HistoryReport report = load_history_report(store, filter, titles);
    if (report.measures.empty() && !filter.measures.empty())
        fail(store.name(), "no observations of " + join(filter.measures, ", ") + " in this range");
    OutputStream output(args);
    write_html_report(report, output.get());
    output.commit();
    return kOk;
}

}  // namespace occx::cli
