#pragma once
#include <nlohmann/json.hpp>
#include <optional>

#include "model/record.h"

namespace occx {

nlohmann::json record_to_json(const Record& r);
// Provenance, shared by records and Cabinet reports. A missing or non-object source reads as empty.
nlohmann::json source_to_json(const Source& s);
Source source_from_json(const nlohmann::json& j);
// Throws occx::Error when a required key is missing or has the wrong type.
Record record_from_json(const nlohmann::json& j);
// An integer that fits an int, or nothing: a float, a bool or a value out of range is not a page or a count
// (converting it would be undefined behaviour, and foreign JSON can hold anything).
std::optional<int> int_from_json(const nlohmann::json& v);

}  // namespace occx
