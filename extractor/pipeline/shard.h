#pragma once
// Splitting a back-fill over independent workers with no coordinator: each worker takes the
// inputs whose stable key falls in its shard. The key is the input's path relative to the
// directory it was found under (a named or listed file: its path as given, normalised), so
// every worker agrees without reading any file, whatever the directory is mounted as.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace occx {

struct Shard {
    int index = 0;  // 0-based
    int count = 1;
    // Where the shard came from, for --verbose: "--shard", "Slurm array", "Kubernetes indexed job".
    std::string source;

    bool holds(const std::string& key) const;
};

// The shard (0..count-1) a key falls in: FNV-1a, the same on every machine and build.
int shard_of(const std::string& key, int count);

// "I/N" with 0 <= I < N; throws occx::Error naming the text otherwise.
Shard parse_shard(const std::string& text);

// Reads an environment variable; nullopt when unset (a parameter so tests can fake one).
using EnvLookup = std::function<std::optional<std::string>(const char* name)>;
EnvLookup process_environment();

// The shard a scheduler gave this process: Slurm's SLURM_ARRAY_TASK_ID (less
// SLURM_ARRAY_TASK_MIN) of SLURM_ARRAY_TASK_COUNT, else Kubernetes' JOB_COMPLETION_INDEX of
// `shards` (or OCCX_SHARDS). Nullopt when neither is set; throws occx::Error when one is set
// but incomplete or out of range.
std::optional<Shard> shard_from_environment(const EnvLookup& env, std::optional<int> shards);

}  // namespace occx
