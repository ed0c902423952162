#pragma once
#include <nlohmann/json.hpp>

#include "model/record.h"

namespace occx {

nlohmann::json record_to_json(const Record& r);
// Throws occx::Error when a required key is missing or has the wrong type.
Record record_from_json(const nlohmann::json& j);

}  // namespace occx
