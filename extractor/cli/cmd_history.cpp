// occx history: one measure over all stored reports, split into series where its title
// changes in substance (archive/series.h); written by report/history_writer.h.
#include "archive/archive_store.h"
#include "archive/archive_url.h"
#include "archive/series.h"
#include "cli/commands.h"
#include "cli/input.h"
#include "report/history_writer.h"
#include "util/error.h"
#include "util/text.h"

namespace occx::cli {

CommandSpec history_spec() {
    return {"history",
            "occx history [OPTIONS] MEASURE_ID",
            "Show one measure's values over all archived reports, by period end",
            {archive_db_option(),
             {"format", 'f', true, "FMT", "table (default), csv or json (an array); default from -o's extension"},
             {"output", 'o', true, "FILE", "write to FILE instead of standard output"},
             {"all-revisions", 0, false, "", "every revision of a re-published report, not only the latest"},
             {"patterns", 0, true, "DIR", "use the pattern pack in DIR (title comparison)"}}};
}

int run_history(const Args& args) {
    if (args.positional().size() != 1)
        throw UsageError{"history needs exactly one MEASURE_ID (see occx history --help)"};
    const std::string format = output_format(args, {"table", "csv", "json"}, "table");
    const std::string measure_id = to_upper_ascii(trim(args.positional()[0]));
    ArchiveStore store = ArchiveStore::open(args.value_or("db", kDefaultArchive), false);

    ObservationQuery query{measure_id, args.flag("all-revisions"), /*superseded_when_missing=*/true};
    std::vector<StoredObservation> observations;
    store.for_each_observation(query, [&](const StoredObservation& o) { observations.push_back(o); });
    // A table of nothing tells a reader nothing; CSV and JSON stay valid and empty for tools.
    if (observations.empty() && format == "table") fail(store.name(), "no observations of " + measure_id);

    const PatternPack patterns = PatternPack::load(resolve_patterns_dir(args.value("patterns")));
    TitleComparer titles(patterns);
    OutputStream output(args);
    write_history(measure_id, split_series(observations, titles),
                  format == "csv" ? HistoryFormat::csv : format == "json" ? HistoryFormat::json : HistoryFormat::table,
                  output.get());
    output.commit();
    return kOk;
}

}  // namespace occx::cli
