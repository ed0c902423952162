#include <catch2/catch.hpp>

#include <cstdlib>

#include "util/error.h"
#include "util/module_loader.h"
#include "util/text.h"

using namespace occx;

TEST_CASE("sha256 matches known digests", "[util]") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    std::string million(1000000, 'a');
    CHECK(sha256_hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    std::string len56(56, 'x');  // padding spills into a second block
    CHECK(sha256_hex(len56).size() == 64);
}

TEST_CASE("whitespace collapses, including no-break spaces", "[util]") {
    CHECK(collapse_whitespace("  a \t b\n\nc  ") == "a b c");
    CHECK(collapse_whitespace("a\xC2\xA0" "b") == "a b");
    CHECK(collapse_whitespace("") == "");
}

TEST_CASE("modules are looked for in OCCX_MODULES first, and a missing one is named", "[util][modules]") {
    const char* old = std::getenv("OCCX_MODULES");
    const std::string saved = old ? old : "";
    setenv("OCCX_MODULES", "/nonexistent/occx-modules", 1);
    CHECK(module_search_path().rfind("/nonexistent/occx-modules:", 0) == 0);
    try {
        module_symbol("occx-nothing.so", "occx_nothing", "Testing");
        FAIL("a missing module loaded");
    } catch (const Error& e) {
        const std::string message = e.what();
        CHECK(message.find("Testing needs occx's module occx-nothing.so, not found in /nonexistent/occx-modules:") == 0);
    }
    if (old) setenv("OCCX_MODULES", saved.c_str(), 1);
    else unsetenv("OCCX_MODULES");
}
