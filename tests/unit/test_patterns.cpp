#include <catch2/catch.hpp>

#include "patterns/pattern_pack.h"
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
}
