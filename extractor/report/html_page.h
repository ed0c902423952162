#pragma once
// The HTML history report: one self-contained page (inline CSS, SVG and a few lines of
// script; nothing fetched), to open offline, mail or publish as it is.
#include <ostream>

#include "report/history_report.h"

namespace occx {

void write_html_report(const HistoryReport& report, std::ostream& out);

}  // namespace occx
