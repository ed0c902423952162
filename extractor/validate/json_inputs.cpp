#include "validate/json_inputs.h"

#include <cctype>

#include <nlohmann/json.hpp>

#include "model/record_json.h"
#include "util/error.h"
#include "util/text.h"

namespace occx {

using nlohmann::json;

bool looks_like_json(std::string_view text) {
    for (char c : text) {
        if (c == '{' || c == '[') return true;
        if (!std::isspace(static_cast<unsigned char>(c))) return false;
    }
    return false;
}

namespace {

void add_object(const json& j, JsonInputs& out) {
    if (j.is_object() && j.value("kind", "") == "cabinet") {
        out.cabinets.push_back(cabinet_from_json(j));
        return;
    }
    out.records.push_back(record_from_json(j));
}

void read_document(const json& doc, JsonInputs& out) {
    if (!doc.is_array()) return add_object(doc, out);
    for (size_t i = 0; i < doc.size(); ++i) {
        try {
            add_object(doc[i], out);
        } catch (const Error& e) {
            fail("item " + std::to_string(i + 1), e.what());
        }
    }
}

void read_lines(std::string_view text, JsonInputs& out) {
    auto lines = split(text, '\n');
    for (size_t i = 0; i < lines.size(); ++i) {
        if (trim(lines[i]).empty()) continue;
        const std::string where = "line " + std::to_string(i + 1);
        json j = json::parse(lines[i], nullptr, false);
        if (j.is_discarded()) fail(where, "not JSON");
        try {
            add_object(j, out);
        } catch (const Error& e) {
            fail(where, e.what());
        } catch (const json::exception& e) {
            fail(where, e.what());
        }
    }
}

}  // namespace

JsonInputs read_json_inputs(std::string_view text, const std::string& name) {
    JsonInputs out;
    try {
        // One document (pretty-printed cabinet, an array of records), else JSON Lines.
        json doc = json::parse(text, nullptr, false);
        if (!doc.is_discarded()) {
            read_document(doc, out);
        } else {
            read_lines(text, out);
        }
    } catch (const Error& e) {
        fail(name, e.what());
    } catch (const json::exception& e) {
        fail(name, e.what());
    }
    if (out.records.empty() && out.cabinets.empty()) fail(name, "no records in this JSON input");
    return out;
}

}  // namespace occx
