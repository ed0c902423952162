#pragma once
// Records grouped into the reports they came from: one published report, one period.
#include <optional>
#include <string>
#include <vector>

#include "model/record.h"

namespace occx {

struct ReportRecords {
    std::string file;                  // source.file of its records
    OptString period_end;              // ISO date, when the report states it
    std::vector<Record> records;
};

// Groups records by (source.file, report.period_end), keeping first-seen order; records with
// no source.file are put under fallback_file.
std::vector<ReportRecords> group_into_reports(const std::vector<Record>& records,
                                              const std::string& fallback_file);

}  // namespace occx
