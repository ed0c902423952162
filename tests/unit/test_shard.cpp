// Shards of a back-fill: the arithmetic, the scheduler's environment, and the input walk.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "archive/input_walk.h"
#include "pipeline/shard.h"
#include "test_archive_support.h"
#include "util/error.h"

using namespace occx;

namespace {

EnvLookup fake_env(std::map<std::string, std::string> vars) {
    return [vars](const char* name) -> std::optional<std::string> {
        auto it = vars.find(name);
        if (it == vars.end()) return std::nullopt;
        return it->second;
    };
}

}  // namespace

TEST_CASE("shard_of is FNV-1a, the same on every machine", "[shard]") {
    // Values computed independently (Python) from the FNV-1a 64-bit definition.
    CHECK(shard_of("2024/monthly-07.pdf", 4) == 3);
    CHECK(shard_of("2024/monthly-07.pdf", 7) == 4);
    CHECK(shard_of("a", 4) == 0);
    CHECK(shard_of("", 7) == 2);
}

TEST_CASE("every key falls in exactly one shard, and shards are near even", "[shard]") {
    constexpr int kKeys = 4000, kShards = 4;
    std::map<int, int> sizes;
    for (int i = 0; i < kKeys; ++i) {
        const std::string key = "reports/" + std::to_string(i) + ".pdf";
        int holders = 0;
        for (int s = 0; s < kShards; ++s) holders += Shard{s, kShards, "test"}.holds(key) ? 1 : 0;
        CHECK(holders == 1);
        ++sizes[shard_of(key, kShards)];
    }
    REQUIRE(sizes.size() == kShards);
    for (auto [shard, n] : sizes) CHECK(std::abs(n - kKeys / kShards) < kKeys / kShards / 10);
}

TEST_CASE("a shard written I of N is parsed and checked", "[shard]") {
    Shard s = parse_shard("2/5");
    CHECK(s.index == 2);
    CHECK(s.count == 5);
    CHECK(Shard{0, 1, "x"}.holds("anything"));
    for (const char* bad : {"5/5", "-1/4", "1/0", "1", "a/4", "1/4x", "/4"}) {
        INFO(bad);
        CHECK_THROWS_AS(parse_shard(bad), Error);
    }
}

TEST_CASE("the shard comes from Slurm, then Kubernetes", "[shard]") {
    CHECK_FALSE(shard_from_environment(fake_env({}), std::nullopt));
    auto slurm = shard_from_environment(
        fake_env({{"SLURM_ARRAY_TASK_ID", "3"}, {"SLURM_ARRAY_TASK_COUNT", "4"}, {"SLURM_ARRAY_TASK_MIN", "1"},
                  {"JOB_COMPLETION_INDEX", "0"}}),
        std::nullopt);
    REQUIRE(slurm);
    CHECK(slurm->index == 2);  // --array=1-4: task 3 is the third shard
    CHECK(slurm->count == 4);
    CHECK(slurm->source == "Slurm array");
    auto k8s = shard_from_environment(fake_env({{"JOB_COMPLETION_INDEX", "5"}, {"OCCX_SHARDS", "8"}}), std::nullopt);
    REQUIRE(k8s);
    CHECK(k8s->index == 5);
    CHECK(k8s->count == 8);
    auto given = shard_from_environment(fake_env({{"JOB_COMPLETION_INDEX", "5"}, {"OCCX_SHARDS", "8"}}), 6);
    REQUIRE(given);
    CHECK(given->count == 6);
}

TEST_CASE("an incomplete or inconsistent scheduler environment is refused", "[shard]") {
    CHECK_THROWS_AS(shard_from_environment(fake_env({{"JOB_COMPLETION_INDEX", "1"}}), std::nullopt), Error);
    CHECK_THROWS_AS(shard_from_environment(fake_env({{"SLURM_ARRAY_TASK_ID", "1"}}), std::nullopt), Error);
    CHECK_THROWS_AS(shard_from_environment(fake_env({{"SLURM_ARRAY_TASK_ID", "x"}, {"SLURM_ARRAY_TASK_COUNT", "2"}}),
                                           std::nullopt),
                    Error);
    CHECK_THROWS_AS(shard_from_environment(fake_env({{"SLURM_ARRAY_TASK_ID", "4"}, {"SLURM_ARRAY_TASK_COUNT", "4"}}),
                                           std::nullopt),
                    Error);
    CHECK_THROWS_AS(shard_from_environment(fake_env({{"SLURM_ARRAY_TASK_ID", "2"}, {"SLURM_ARRAY_TASK_COUNT", "3"},
                                                     {"SLURM_ARRAY_TASK_STEP", "2"}}),
                                           std::nullopt),
                    Error);
}

TEST_CASE("shards of a walk are disjoint and cover it, keys relative to the directory", "[shard]") {
    occx::test::TempDir dir;
    std::filesystem::create_directories(dir.path() / "a" / "2024");
    std::set<std::string> all;
    for (int i = 0; i < 40; ++i) {
        auto file = dir.path() / "a" / "2024" / ("r" + std::to_string(i) + ".pdf");
        std::ofstream(file) << i;
        all.insert(file.string());
    }
    std::set<std::string> seen;
    for (int s = 0; s < 3; ++s) {
        Shard shard{s, 3, "test"};
        InputSet set = collect_inputs({(dir.path() / "a").string()}, [&](const std::string& key) {
            CHECK(key.rfind("2024/", 0) == 0);
            return shard.holds(key);
        });
        CHECK(set.files.size() + static_cast<size_t>(set.other_shards) == all.size());
        for (const auto& f : set.files) CHECK(seen.insert(f).second);
    }
    CHECK(seen == all);
}

TEST_CASE("a list of inputs: one path a line, blank lines and CRs dropped", "[shard]") {
    std::istringstream in("a.pdf\r\n\nb/c.txt\n  d e.pdf\n");
    CHECK(read_path_list(in) == std::vector<std::string>{"a.pdf", "b/c.txt", "  d e.pdf"});
}
