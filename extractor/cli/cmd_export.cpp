// occx export: archived observations as records (latest revisions by default), filtered by
// measure and month.
#include <algorithm>

#include "archive/archive_store.h"
#include "archive/archive_url.h"
#include "cli/commands.h"
#include "cli/input.h"
#include "output/record_writer.h"

namespace occx::cli {

namespace {

// Each wanted observation, in period order (one query per measure when measures are named).
std::vector<StoredObservation> wanted_observations(ArchiveStore& store, const ReportFilter& filter, bool all_revisions) {
    std::vector<StoredObservation> out;
    auto keep = [&](const StoredObservation& o) {
        if (in_months(filter, o.period_end.value_or(""))) out.push_back(o);
    };
    ObservationQuery query{std::nullopt, all_revisions};
    if (filter.measures.empty()) store.for_each_observation(query, keep);
    for (const auto& id : filter.measures) {
        query.measure_id = id;
        store.for_each_observation(query, keep);
    }
    if (filter.measures.size() > 1)
        std::stable_sort(out.begin(), out.end(), [](const StoredObservation& a, const StoredObservation& b) {
            return a.period_end.value_or("\x7f") < b.period_end.value_or("\x7f");  // undated last, as the query
        });
    return out;
}

}  // namespace

CommandSpec export_spec() {
    CommandSpec spec{"export",
            "occx export [OPTIONS]",
            "Write archived observations as records, in period order",
            {archive_db_option(),
             {"format", 'f', true, "FMT", "jsonl (default), json (an array) or csv; default from -o's extension"},
             {"output", 'o', true, "FILE", "write to FILE instead of standard output"},
             {"all-revisions", 0, false, "", "every revision of a re-published report, with revision and report_file"}}};
    for (auto& o : archive_filter_options()) spec.options.push_back(std::move(o));
    return spec;
}

int run_export(const Args& args) {
    if (!args.positional().empty())
        throw UsageError{"export takes no positional arguments (see occx export --help)"};
    RecordFormat format = record_format_from_name(output_format(args, {"jsonl", "csv", "json"}, "jsonl"));
    const ReportFilter filter = archive_filter_from(args);
    const bool all_revisions = args.flag("all-revisions");
    ArchiveStore store = ArchiveStore::open(args.value_or("db", kDefaultArchive), false);

    OutputStream output(args);
    // With every revision, which one a record comes from and the file it was archived from.
    RecordWriter writer(output.get(), format,
                        all_revisions ? std::vector<std::string>{"revision", "report_file"} : std::vector<std::string>{});
    for (const auto& o : wanted_observations(store, filter, all_revisions)) {
        if (all_revisions) writer.write(o.record, {o.revision, o.file_name});
        else writer.write(o.record);
    }
    writer.finish();
    output.commit();
    return kOk;
}

}  // namespace occx::cli
