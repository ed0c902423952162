// The pattern-pack loader: one pattern file's text, parsed, compiled and checked.
#include "fuzz_common.h"
#include "patterns/pack_rules.h"
#include "patterns/pattern_pack.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return occx::fuzz::run([&] {
        occx::PatternPack pack;
        pack.add_file("ids.re2", occx::fuzz::as_text(data, size));
        occx::check_pack_rules(pack);
    });
}
