#pragma once
// The parts of the HTML report, each as a string of HTML (report/html_page.cpp puts them
// together): the overview by period, one panel per measure, data quality.
#include <string>

#include "report/history_report.h"

namespace occx {

std::string overview_section(const HistoryReport& report);
std::string measure_panel(const MeasureHistory& measure);
std::string quality_section(const HistoryReport& report);

// A status as a table shows it: its shape and name, coloured.
std::string status_cell(const std::optional<std::string>& status);

}  // namespace occx
