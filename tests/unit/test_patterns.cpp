#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "patterns/match_memo.h"
#include "patterns/pattern_pack.h"
#include "test_archive_support.h"
#include "util/error.h"

using namespace occx;

TEST_CASE("pattern files load matches and rewrites", "[patterns]") {
    PatternPack pack;
    pack.add_file("demo.re2", "# comment\n\nword = ^a+$\nword = ^b+$\nfix = Clir => Cllr\n");
    CHECK(pack.has("demo.word"));
    CHECK(pack.list("demo.word").size() == 2);
    CHECK(pack.full_matches_any("demo.word", "bbb"));
    CHECK_FALSE(pack.full_matches_any("demo.word", "abc"));
    CHECK(pack.apply_rewrites("demo.fix", "Clir A Gant") == "Cllr A Gant");
}

TEST_CASE("a broken pattern names its file and line", "[patterns]") {
    PatternPack pack;
    try {
        pack.add_file("bad.re2", "ok = ^x$\nbroken = ([a-z\n");
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(std::string(e.what()).rfind("bad.re2:2: bad pattern", 0) == 0);
    }
    CHECK_THROWS_AS(pack.add_file("bad.re2", "no equals sign here\n"), Error);
}

TEST_CASE("a missing key is a clear error", "[patterns]") {
    PatternPack pack;
    CHECK_THROWS_WITH(pack.list("ids.nothing"), Catch::Contains("ids.nothing"));
}

TEST_CASE("the repository's pattern pack loads", "[patterns]") {
    auto pack = PatternPack::load(OCCX_SOURCE_PATTERNS_DIR);
    CHECK(pack.has("ids.measure_id"));
    CHECK(pack.has("values.number"));
    CHECK_NOTHROW(pack.compile_all());  // every entry, read or not by a command
}

namespace {

// A copy of the repository's pack in a temporary directory, with one file replaced.
std::string pack_with(const occx::test::TempDir& dir, const std::string& file, const std::string& text) {
    namespace fs = std::filesystem;
    for (const auto& e : fs::directory_iterator(OCCX_SOURCE_PATTERNS_DIR))
        fs::copy_file(e.path(), dir.file(e.path().filename().string()), fs::copy_options::overwrite_existing);
    std::ofstream(dir.file(file), std::ios::trunc) << text;
    return dir.path().string();
}

}  // namespace

TEST_CASE("a pack is checked when loaded: single keys once, with their groups, no empty file", "[patterns]") {
    using Catch::Contains;
    CHECK_NOTHROW(occx::PatternPack::load(OCCX_SOURCE_PATTERNS_DIR));
    occx::test::TempDir twice, groupless, empty;
    const std::string id = "measure_id = OCC([0-9]{2})\\.([0-9]{2})\n";
    CHECK_THROWS_WITH(occx::PatternPack::load(pack_with(twice, "ids.re2", id + "priority_id = OCC[0-9]{2}\n" + id)),
                      Contains("ids.re2:3: 'ids.measure_id' may appear only once (first at"));
    CHECK_THROWS_WITH(occx::PatternPack::load(pack_with(groupless, "ids.re2", "priority_id = OCC[0-9]{2}\nmeasure_id = OCC[0-9.]+\n")),
                      Contains("ids.re2:2: 'ids.measure_id' needs 2 capture groups, has 0"));
    CHECK_THROWS_WITH(occx::PatternPack::load(pack_with(empty, "status.re2", "# nothing left\n")),
                      Contains("status.re2:1: no entries"));
}

TEST_CASE("a key is compiled when first read: a bad entry is named then, every time", "[patterns]") {
    using Catch::Contains;
    occx::test::TempDir dir;
    const auto pack = occx::PatternPack::load(pack_with(dir, "names.re2", "fine = ^a$\nbroken = (b\n"));
    CHECK(pack.full_matches_any("names.fine", "a"));
    CHECK_THROWS_WITH(pack.list("names.broken"), Contains("names.re2:2: bad pattern"));
    CHECK_THROWS_WITH(pack.matches_any("names.broken", "b"), Contains("names.re2:2: bad pattern"));
    CHECK_THROWS_WITH(pack.compile_all(), Contains("names.re2:2: bad pattern"));
}

TEST_CASE("the match memo stays within its bytes however many texts it is asked about", "[patterns]") {
    MatchMemo memo;
    const int list = 0;
    std::string line(200, 'x');  // a whole line asked about: answers are not all short words
    size_t most = 0;
    for (int i = 0; i < 20000; ++i) {
        memo.store(&list, MatchMemo::Ask::full, line + std::to_string(i), {true, std::nullopt});
        most = std::max(most, memo.bytes());
    }
    CHECK(most > MatchMemo::kMaxBytes / 2);
    CHECK(most <= MatchMemo::kMaxBytes);
    auto last = memo.find(&list, MatchMemo::Ask::full, line + "19999");
    REQUIRE(last);
    CHECK(last->matched);
    CHECK_FALSE(memo.find(&list, MatchMemo::Ask::full, line + "0"));  // started afresh since
}
