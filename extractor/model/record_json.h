#pragma once
#include <nlohmann/json.hpp>

#include "model/record.h"

namespace occx {

nlohmann::json record_to_json(const Record& r);
// Provenance, shared by records and Cabinet reports. A missing or non-object source reads as empty.
nlohmann::json source_to_json(const Source& s);
Source source_from_json(const nlohmann::json& j);
// Throws occx::Error when a required key is missing or has the wrong type.
Record record_from_json(const nlohmann::json& j);

}  // namespace occx
