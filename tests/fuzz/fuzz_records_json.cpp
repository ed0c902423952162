// validate's reader of records JSON (JSON Lines, an object, or an array).
#include "fuzz_common.h"
#include "validate/json_inputs.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return occx::fuzz::run([&] { occx::read_json_inputs(occx::fuzz::as_text(data, size), "fuzz.jsonl"); });
}
