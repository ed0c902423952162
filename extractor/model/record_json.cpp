#include "model/record_json.h"

#include <algorithm>
#include <limits>

#include "util/error.h"

namespace occx {

using nlohmann::json;

namespace {

json opt(const OptString& s) { return s ? json(*s) : json(nullptr); }

json value_to_json(const std::optional<Value>& v) {
    if (!v) return nullptr;
    return json{{"raw", v->raw},
                {"value", v->value ? json(*v->value) : json(nullptr)},
                {"kind", kind_name(v->kind)}};
}

json triple_to_json(const Triple& t) {
    return json{{"actual", value_to_json(t.actual)},
                {"target", value_to_json(t.target)},
                {"status", opt(t.status)}};
}

OptString opt_from(const json& j, const char* key) {
    if (!j.contains(key) || j.at(key).is_null()) return std::nullopt;
    if (!j.at(key).is_string()) fail("", std::string("key '") + key + "' is not a string");
    return j.at(key).get<std::string>();
}

std::optional<Value> value_from_json(const json& j) {
    if (j.is_null()) return std::nullopt;
    Value v;
    v.raw = j.value("raw", "");
    if (j.contains("value") && j.at("value").is_number()) v.value = j.at("value").get<double>();
    auto kind = kind_from_name(j.value("kind", "text"));
    if (!kind) fail("", "unknown value kind '" + j.value("kind", "") + "'");
    v.kind = *kind;
    return v;
}

Triple triple_from_json(const json& j) {
    Triple t;
    if (j.is_null()) return t;
    t.actual = value_from_json(j.value("actual", json(nullptr)));
    t.target = value_from_json(j.value("target", json(nullptr)));
    t.status = opt_from(j, "status");
    return t;
}

}  // namespace

namespace {

json fields_to_json(const std::map<std::string, std::vector<FieldPart>>& fields) {
    json out = json::object();
    for (const auto& [name, parts] : fields) {
        json list = json::array();
        for (const auto& p : parts)
            list.push_back({{"page", p.page}, {"box", {p.box.x0, p.box.y0, p.box.x1, p.box.y1}}, {"method", p.method}});
        out[name] = std::move(list);
    }
    return out;
}

std::vector<FieldPart> field_parts_from_json(const json& list) {
    std::vector<FieldPart> parts;
    if (!list.is_array()) return parts;
    for (const auto& p : list) {
        if (!p.is_object()) continue;
        FieldPart part;
        part.page = p.contains("page") ? int_from_json(p.at("page")).value_or(0) : 0;
        part.method = p.value("method", "text");
        const json box = p.value("box", json::array());
        if (box.is_array() && box.size() == 4 && std::all_of(box.begin(), box.end(), [](const json& v) { return v.is_number(); }))
            part.box = {box[0].get<double>(), box[1].get<double>(), box[2].get<double>(), box[3].get<double>()};
        parts.push_back(std::move(part));
    }
    return parts;
}

}  // namespace

std::optional<int> int_from_json(const json& v) {
    if (v.is_number_unsigned()) {
        const auto n = v.get<json::number_unsigned_t>();
        if (n > static_cast<json::number_unsigned_t>(std::numeric_limits<int>::max())) return std::nullopt;
        return static_cast<int>(n);
    }
    if (!v.is_number_integer()) return std::nullopt;
    const auto n = v.get<json::number_integer_t>();
    if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max()) return std::nullopt;
    return static_cast<int>(n);
}

json source_to_json(const Source& s) {
    return json{{"file", s.file}, {"sha256", s.sha256}, {"pages", s.pages}, {"method", s.method},
                {"fields", fields_to_json(s.fields)}};
}

Source source_from_json(const json& j) {
    Source s;
    if (!j.is_object()) return s;
    s.file = j.value("file", "");
    s.sha256 = j.value("sha256", "");
    if (j.contains("pages") && j.at("pages").is_array())
        for (const auto& page : j.at("pages"))
            if (auto n = int_from_json(page)) s.pages.push_back(*n);
    s.method = j.value("method", "text");
    if (j.contains("fields") && j.at("fields").is_object())
        for (const auto& [name, list] : j.at("fields").items()) s.fields[name] = field_parts_from_json(list);
    return s;
}

json record_to_json(const Record& r) {
    json j;
    j["measure_id"] = r.measure_id;
    j["priority_id"] = r.priority_id;
    j["priority_title"] = opt(r.priority_title);
    j["title"] = opt(r.title);
    j["unit"] = opt(r.unit);
    j["trend"] = opt(r.trend);
    j["director"] = opt(r.director);
    j["portfolio_holder"] = opt(r.portfolio_holder);
    j["period"] = triple_to_json(r.period);
    j["ytd"] = triple_to_json(r.ytd);
    j["comment"] = opt(r.comment);
    j["improvement_plan"] = opt(r.improvement_plan);
    j["timeframe"] = opt(r.timeframe);
    j["finance_impact"] = opt(r.finance_impact);
    j["risk_impact"] = opt(r.risk_impact);
    j["report"] = json{{"period_start", opt(r.report.period_start)},
                       {"period_end", opt(r.report.period_end)}};
    j["source"] = source_to_json(r.source);
    j["confidence"] = r.confidence;
    j["warnings"] = r.warnings;
    return j;
}

Record record_from_json(const json& j) {
    if (!j.is_object()) fail("", "record is not a JSON object");
    if (!j.contains("measure_id") || !j.at("measure_id").is_string())
        fail("", "record has no measure_id");
    Record r;
    r.measure_id = j.at("measure_id").get<std::string>();
    r.priority_id = j.value("priority_id", r.measure_id.substr(0, 5));
    r.priority_title = opt_from(j, "priority_title");
    r.title = opt_from(j, "title");
    r.unit = opt_from(j, "unit");
    r.trend = opt_from(j, "trend");
    r.director = opt_from(j, "director");
    r.portfolio_holder = opt_from(j, "portfolio_holder");
    r.period = triple_from_json(j.value("period", json(nullptr)));
    r.ytd = triple_from_json(j.value("ytd", json(nullptr)));
    r.comment = opt_from(j, "comment");
    r.improvement_plan = opt_from(j, "improvement_plan");
    r.timeframe = opt_from(j, "timeframe");
    r.finance_impact = opt_from(j, "finance_impact");
    r.risk_impact = opt_from(j, "risk_impact");
    if (j.contains("report") && j.at("report").is_object()) {
        r.report.period_start = opt_from(j.at("report"), "period_start");
        r.report.period_end = opt_from(j.at("report"), "period_end");
    }
    if (j.contains("source")) r.source = source_from_json(j.at("source"));
    r.confidence = j.value("confidence", 1.0);
    if (j.contains("warnings") && j.at("warnings").is_array())
        r.warnings = j.at("warnings").get<std::vector<std::string>>();
    return r;
}

}  // namespace occx
