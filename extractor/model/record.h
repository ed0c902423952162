#pragma once
// The measure record: see docs/record-schema.md, the output contract.
#include <optional>
#include <string>
#include <vector>

#include <map>

#include "model/document.h"
#include "model/value.h"

namespace occx {

using OptString = std::optional<std::string>;

struct Triple {
    std::optional<Value> actual;
    std::optional<Value> target;
    OptString status;  // GREEN, AMBER, RED, NA, NR
};

struct ReportPeriod {
    OptString period_start;  // ISO dates
    OptString period_end;
};

// Where one field was printed: a box on one page (a field that runs over a page break has a
// part on each page), in PDF points from the page's top-left corner, as the page reads upright.
struct FieldPart {
    int page = 0;
    Box box;
    std::string method = "text";  // text or ocr
};

struct Source {
    std::string file;
    std::string sha256;
    std::vector<int> pages;
    std::string method = "text";  // text, ocr, plain
    std::map<std::string, std::vector<FieldPart>> fields;  // record field path → where it was printed
};

struct Record {
    std::string measure_id;
    std::string priority_id;
    OptString priority_title;
    OptString title;
    OptString unit;
    OptString trend;
    OptString director;
    OptString portfolio_holder;
    Triple period;
    Triple ytd;
    OptString comment;
    OptString improvement_plan;
    OptString timeframe;
    OptString finance_impact;
    OptString risk_impact;
    ReportPeriod report;
    Source source;
    double confidence = 1.0;
    std::vector<std::string> warnings;
};

}  // namespace occx
