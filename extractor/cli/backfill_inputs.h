#pragma once
// What one backfill worker reads: its PATHs and --from-list, and the shard it takes
// (--shard, or the scheduler's environment; see pipeline/shard.h).
#include <optional>
#include <string>
#include <vector>

#include "cli/args.h"
#include "pipeline/shard.h"

namespace occx::cli {

// --shard, --shards, --from-list.
std::vector<OptionSpec> shard_options();
// The positional PATHs, then the paths listed in --from-list FILE ('-': standard input).
std::vector<std::string> backfill_paths(const Args& args);
// --shard I/N, else the scheduler's environment; with verbose, says which on standard error.
std::optional<Shard> backfill_shard(const Args& args, bool verbose);

}  // namespace occx::cli
