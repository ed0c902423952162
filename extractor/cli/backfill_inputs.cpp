#include "cli/backfill_inputs.h"

#include <fstream>
#include <iostream>

#include "archive/input_walk.h"
#include "util/error.h"

namespace occx::cli {

namespace {

// No cluster runs more workers than this; a larger number is a typo.
constexpr int kMaxShards = 1000000;

std::vector<std::string> listed_paths(const std::string& list) {
    if (list == "-") return read_path_list(std::cin);
    std::ifstream in(list);
    if (!in) fail(list, "cannot read the list of inputs");
    auto paths = read_path_list(in);
    if (in.bad()) fail(list, "cannot read the list of inputs");
    return paths;
}

}  // namespace

std::vector<OptionSpec> shard_options() {
    return {{"shard", 0, true, "I/N", "take only shard I of N (from 0) of the inputs (default: from Slurm or Kubernetes)"},
            {"shards", 0, true, "N", "the number of shards of a Kubernetes indexed job (or OCCX_SHARDS)"},
            {"from-list", 0, true, "FILE", "also read the inputs listed in FILE, one path a line ('-': standard input)"},
            {"store-only", 0, false, "", "store without validating (a later run validates what has no findings)"}};
}

std::vector<std::string> backfill_paths(const Args& args) {
    std::vector<std::string> paths = args.positional();
    if (auto list = args.value("from-list")) {
        auto listed = listed_paths(*list);
        paths.insert(paths.end(), listed.begin(), listed.end());
    }
    // An empty list is a shard with nothing to do, or a run that only validates what others stored.
    if (paths.empty() && !args.value("from-list"))
        throw UsageError{"backfill needs at least one PATH or --from-list (see occx backfill --help)"};
    return paths;
}

std::optional<Shard> backfill_shard(const Args& args, bool verbose) {
    const std::optional<int> shards = args.int_value("shards", 1, kMaxShards);
    std::optional<Shard> shard;
    if (auto text = args.value("shard")) shard = parse_shard(*text);
    else shard = shard_from_environment(process_environment(), shards);
    if (!shard && shards) throw UsageError{"--shards needs JOB_COMPLETION_INDEX (a Kubernetes indexed job) or --shard"};
    if (verbose && shard)
        std::cerr << "occx backfill: shard " << shard->index << " of " << shard->count << " (" << shard->source << ")\n";
    if (verbose && !shard) std::cerr << "occx backfill: not sharded (no --shard, Slurm array or indexed job)\n";
    return shard;
}

}  // namespace occx::cli
