#include "model/cabinet.h"

#include "model/record_json.h"

namespace occx {

using nlohmann::json;

namespace {

json opt(const OptString& s) { return s ? json(*s) : json(nullptr); }
json opt(const std::optional<int>& n) { return n ? json(*n) : json(nullptr); }

OptString opt_string(const json& j, const char* key) {
    if (!j.contains(key) || !j.at(key).is_string()) return std::nullopt;
    return j.at(key).get<std::string>();
}

std::optional<int> opt_int(const json& j, const char* key) {
    if (!j.contains(key)) return std::nullopt;
    return int_from_json(j.at(key));
}

json counts_to_json(const RagCounts& c, const char* row_key) {
    return json{{row_key, c.row},
                {"green", opt(c.green)},
                {"amber", opt(c.amber)},
                {"red", opt(c.red)},
                {"monitoring_only", opt(c.monitoring_only)},
                {"data_unavailable", opt(c.data_unavailable)},
                {"no_complaints", opt(c.no_complaints)},
                {"total", opt(c.total)}};
}

RagCounts counts_from_json(const json& j, const char* row_key) {
    RagCounts c;
    c.row = j.value(row_key, "");
    c.green = opt_int(j, "green");
    c.amber = opt_int(j, "amber");
    c.red = opt_int(j, "red");
    c.monitoring_only = opt_int(j, "monitoring_only");
    c.data_unavailable = opt_int(j, "data_unavailable");
    c.no_complaints = opt_int(j, "no_complaints");
    c.total = opt_int(j, "total");
    return c;
}

MeasureRef ref_from_json(const json& j) { return {j.value("measure_id", ""), opt_string(j, "title")}; }

}  // namespace

json cabinet_to_json(const CabinetReport& c) {
    json j;
    j["kind"] = "cabinet";
    j["report"] = json{{"period_end", opt(c.report.period_end)},
                       {"period_label", opt(c.period_label)}};
    j["source"] = source_to_json(c.source);
    j["rag_summary"] = json::array();
    for (const auto& r : c.rag_summary) j["rag_summary"].push_back(counts_to_json(r, "row"));
    j["monthly_comparison"] = json::array();
    for (const auto& r : c.monthly_comparison)
        j["monthly_comparison"].push_back(counts_to_json(r, "month"));
    j["red_list"] = json::array();
    for (const auto& m : c.red_list)
        j["red_list"].push_back({{"measure_id", m.measure_id}, {"title", opt(m.title)}});
    j["status_changes"] = json::array();
    for (const auto& s : c.status_changes)
        j["status_changes"].push_back({{"from", s.from},
                                       {"to", s.to},
                                       {"measure_id", s.measure.measure_id},
                                       {"title", opt(s.measure.title)}});
    j["exceptions"] = json::array();
    for (const auto& e : c.exceptions)
        j["exceptions"].push_back({{"priority_id", e.priority_id},
                                   {"measure_id", e.measure.measure_id},
                                   {"title", opt(e.measure.title)},
                                   {"previous_status", opt(e.previous_status)},
                                   {"current_status", opt(e.current_status)},
                                   {"director", opt(e.director)}});
    j["warnings"] = c.warnings;
    return j;
}

CabinetReport cabinet_from_json(const json& j) {
    CabinetReport c;
    if (j.contains("report")) {
        c.report.period_end = opt_string(j.at("report"), "period_end");
        c.period_label = opt_string(j.at("report"), "period_label");
    }
    if (j.contains("source")) c.source = source_from_json(j.at("source"));
    for (const auto& r : j.value("rag_summary", json::array()))
        c.rag_summary.push_back(counts_from_json(r, "row"));
    for (const auto& r : j.value("monthly_comparison", json::array()))
        c.monthly_comparison.push_back(counts_from_json(r, "month"));
    for (const auto& m : j.value("red_list", json::array())) c.red_list.push_back(ref_from_json(m));
    for (const auto& s : j.value("status_changes", json::array()))
        c.status_changes.push_back({s.value("from", ""), s.value("to", ""), ref_from_json(s)});
    for (const auto& e : j.value("exceptions", json::array()))
        c.exceptions.push_back({e.value("priority_id", ""), ref_from_json(e),
                                opt_string(e, "previous_status"), opt_string(e, "current_status"),
                                opt_string(e, "director")});
    if (j.contains("warnings") && j.at("warnings").is_array())
        c.warnings = j.at("warnings").get<std::vector<std::string>>();
    return c;
}

}  // namespace occx
