// occx list measures|reports: what the archive holds (report/archive_lists.h).
#include "archive/archive_store.h"
#include "archive/archive_url.h"
#include "cli/commands.h"
#include "cli/input.h"
#include "output/row_writer.h"
#include "report/archive_lists.h"

namespace occx::cli {

CommandSpec list_spec() {
    return {"list",
            "occx list [OPTIONS] measures|reports",
            "List the archive's measures (one row per series) or its reports",
            {archive_db_option(),
             {"format", 'f', true, "FMT", "table (default), csv, json (an array) or jsonl; default from -o's extension"},
             {"output", 'o', true, "FILE", "write to FILE instead of standard output"},
             {"all-revisions", 0, false, "", "reports: every revision, not only the latest"},
             {"patterns", 0, true, "DIR", "use the pattern pack in DIR (title comparison for series)"}}};
}

int run_list(const Args& args) {
    const auto& what = args.positional();
    if (what.size() != 1 || (what[0] != "measures" && what[0] != "reports"))
        throw UsageError{"list needs 'measures' or 'reports' (see occx list --help)"};
    const RowFormat format = row_format_from_name(output_format(args, {"table", "csv", "json", "jsonl"}, "table"));
    ArchiveStore store = ArchiveStore::open(args.value_or("db", kDefaultArchive), false);
    ArchiveListing listing;
    if (what[0] == "measures") {
        const PatternPack patterns = PatternPack::load(resolve_patterns_dir(args.value("patterns")));
        TitleComparer titles(patterns);
        listing = list_measures(store, titles);
    } else {
        listing = list_reports(store, args.flag("all-revisions"));
    }
    OutputStream output(args);
    write_rows(listing.columns, listing.rows, format, output.get());
    output.commit();
    return kOk;
}

}  // namespace occx::cli
