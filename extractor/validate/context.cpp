#include "validate/context.h"

namespace occx {

std::vector<const ReportRecords*> ValidationContext::all_reports() const {
    std::vector<const ReportRecords*> out;
    for (const auto& r : input.reports) out.push_back(&r);
    for (const auto& r : input.history) out.push_back(&r);
    return out;
}

std::vector<const ReportRecords*> ValidationContext::others(const ReportRecords& self) const {
    std::vector<const ReportRecords*> out;
    for (const auto* r : all_reports())
        if (r != &self) out.push_back(r);
    return out;
}

}  // namespace occx
