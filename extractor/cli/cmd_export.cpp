// occx export: every archived observation as records (latest revisions by default).
#include "archive/archive_store.h"
#include "archive/archive_url.h"
#include "cli/commands.h"
#include "cli/input.h"
#include "output/record_writer.h"

namespace occx::cli {

CommandSpec export_spec() {
    return {"export",
            "occx export [OPTIONS]",
            "Write every archived observation as records, in period order",
            {archive_db_option(),
             {"format", 'f', true, "FMT", "jsonl (default), csv or json"},
             {"output", 'o', true, "FILE", "write to FILE instead of standard output"},
             {"all-revisions", 0, false, "", "every revision of a re-published report, not only the latest"}}};
}

int run_export(const Args& args) {
    if (!args.positional().empty())
        throw UsageError{"export takes no positional arguments (see occx export --help)"};
    RecordFormat format = record_format_from_name(args.choice("format", {"jsonl", "csv", "json"}, "jsonl"));
    ArchiveStore store = ArchiveStore::open(args.value_or("db", kDefaultArchive), false);

    OutputStream output(args);
    std::ostream& out = output.get();
    RecordWriter writer(out, format);
    store.for_each_observation({std::nullopt, args.flag("all-revisions")},
                               [&](const StoredObservation& o) { writer.write(o.record); });
    writer.finish();
    output.commit();
    return kOk;
}

}  // namespace occx::cli
