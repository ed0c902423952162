#pragma once
// Report-level facts read from page text: the period a report covers and priority banners.
#include <optional>
#include <string>
#include <string_view>

#include "model/record.h"
#include "patterns/pattern_pack.h"

namespace occx {

// "Status of Indicators 31/07/2024" → end 2024-07-31; "FROM 01-APR-2024 TO 30-NOV-2024" → both;
// "MONITORING REPORT NOVEMBER 2024" → end 2024-11-30. Empty when the text states none.
ReportPeriod find_report_period(std::string_view text, const PatternPack& pack);

struct PriorityBanner {
    std::string priority_id;  // OCC04
    std::string title;        // Support carers and the social care system
};

// A line that is a priority banner ("OCC04 - Support carers ..."), else nullopt.
// A line that starts with a full measure id is not a banner.
std::optional<PriorityBanner> parse_priority_banner(std::string_view line, const PatternPack& pack);

}  // namespace occx
