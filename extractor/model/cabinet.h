#pragma once
// The Cabinet covering report in structured form: see docs/cabinet-schema.md.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/record.h"

namespace occx {

struct RagCounts {
    std::string row;  // "Monthly", "Total", or the month for the comparison table
    std::optional<int> green, amber, red, monitoring_only, data_unavailable, no_complaints, total;
};

struct MeasureRef {
    std::string measure_id;
    OptString title;
};

struct StatusChange {
    std::string from, to;  // GREEN, AMBER, RED
    MeasureRef measure;
};

struct Exception {
    std::string priority_id;
    MeasureRef measure;
    OptString previous_status, current_status, director;
};

struct CabinetReport {
    ReportPeriod report;
    OptString period_label;  // "November 2024"
    Source source;
    std::vector<RagCounts> rag_summary;
    std::vector<RagCounts> monthly_comparison;
    std::vector<MeasureRef> red_list;
    std::vector<StatusChange> status_changes;
    std::vector<Exception> exceptions;
    std::vector<std::string> warnings;
};

nlohmann::json cabinet_to_json(const CabinetReport& c);
CabinetReport cabinet_from_json(const nlohmann::json& j);

}  // namespace occx
