#include "pipeline/shard.h"

#include <charconv>
#include <cstdlib>

#include "util/error.h"

namespace occx {

namespace {

// FNV-1a 64-bit: fixed constants, so a key falls in the same shard on every worker.
constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

std::optional<long> whole_number(const std::string& text) {
    long n = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
    return n;
}

// A variable that must hold a whole number when set.
std::optional<long> number_from(const EnvLookup& env, const char* name) {
    auto text = env(name);
    if (!text) return std::nullopt;
    auto n = whole_number(*text);
    if (!n) fail(name, "not a whole number: '" + *text + "'");
    return n;
}

Shard checked(long index, long count, const std::string& source) {
    if (count < 1) fail(source, "the number of shards must be at least 1, not " + std::to_string(count));
    if (index < 0 || index >= count)
        fail(source, "shard " + std::to_string(index) + " is outside 0.." + std::to_string(count - 1));
    return {static_cast<int>(index), static_cast<int>(count), source};
}

std::optional<Shard> slurm_shard(const EnvLookup& env) {
    auto id = number_from(env, "SLURM_ARRAY_TASK_ID");
    if (!id) return std::nullopt;
    auto count = number_from(env, "SLURM_ARRAY_TASK_COUNT");
    if (!count) fail("SLURM_ARRAY_TASK_ID", "is set but SLURM_ARRAY_TASK_COUNT is not");
    // --array=1-4 numbers tasks from 1; a stepped array (0-8:2) would leave shards empty.
    const long min = number_from(env, "SLURM_ARRAY_TASK_MIN").value_or(0);
    const long step = number_from(env, "SLURM_ARRAY_TASK_STEP").value_or(1);
    if (step != 1) fail("SLURM_ARRAY_TASK_STEP", "is " + std::to_string(step) + ": use a contiguous array (--array=0-N)");
    return checked(*id - min, *count, "Slurm array");
}

std::optional<Shard> kubernetes_shard(const EnvLookup& env, std::optional<int> shards) {
    auto index = number_from(env, "JOB_COMPLETION_INDEX");
    if (!index) return std::nullopt;
    std::optional<long> count = shards;
    if (!count) count = number_from(env, "OCCX_SHARDS");
    if (!count) fail("JOB_COMPLETION_INDEX", "is set but the number of shards is not: pass --shards N or set OCCX_SHARDS");
    return checked(*index, *count, "Kubernetes indexed job");
}

}  // namespace

int shard_of(const std::string& key, int count) {
    std::uint64_t h = kFnvOffset;
    for (unsigned char c : key) {
        h ^= c;
        h *= kFnvPrime;
    }
    return static_cast<int>(h % static_cast<std::uint64_t>(count));
}

bool Shard::holds(const std::string& key) const { return count <= 1 || shard_of(key, count) == index; }

Shard parse_shard(const std::string& text) {
    const auto slash = text.find('/');
    auto index = slash == std::string::npos ? std::nullopt : whole_number(text.substr(0, slash));
    auto count = slash == std::string::npos ? std::nullopt : whole_number(text.substr(slash + 1));
    if (!index || !count) fail("--shard", "expects I/N (shard I of N, from 0), not '" + text + "'");
    return checked(*index, *count, "--shard");
}

EnvLookup process_environment() {
    return [](const char* name) -> std::optional<std::string> {
        const char* v = std::getenv(name);
        if (!v) return std::nullopt;
        return std::string(v);
    };
}

std::optional<Shard> shard_from_environment(const EnvLookup& env, std::optional<int> shards) {
    if (auto s = slurm_shard(env)) return s;
    return kubernetes_shard(env, shards);
}

}  // namespace occx
