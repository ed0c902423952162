#pragma once
// Records and Cabinet reports written as JSON by `occx extract` (JSON Lines, or one JSON
// document: an object or an array), read back so they can be validated without re-extracting.
#include <string>
#include <string_view>
#include <vector>

#include "model/cabinet.h"
#include "model/record.h"

namespace occx {

struct JsonInputs {
    std::vector<Record> records;
    std::vector<CabinetReport> cabinets;  // objects with "kind": "cabinet"
};

// True when the text starts (after white space) with '{' or '['.
bool looks_like_json(std::string_view text);
// Throws occx::Error naming the file and line of anything that is not a record or cabinet.
JsonInputs read_json_inputs(std::string_view text, const std::string& name);

}  // namespace occx
