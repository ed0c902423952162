#include "validate/report_set.h"

namespace occx {

std::vector<ReportRecords> group_into_reports(const std::vector<Record>& records,
                                              const std::string& fallback_file) {
    std::vector<ReportRecords> reports;
    for (const auto& r : records) {
        const std::string file = r.source.file.empty() ? fallback_file : r.source.file;
        ReportRecords* slot = nullptr;
        for (auto& rep : reports)
            if (rep.file == file && rep.period_end == r.report.period_end) slot = &rep;
        if (!slot) {
            reports.push_back({file, r.report.period_end, {}});
            slot = &reports.back();
        }
        slot->records.push_back(r);
        if (slot->records.back().source.file.empty()) slot->records.back().source.file = file;
    }
    return reports;
}

}  // namespace occx
