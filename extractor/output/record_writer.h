#pragma once
// Writes records as JSON Lines, one JSON array, or CSV (one flat row per record).
#include <ostream>
#include <string>
#include <vector>

#include "model/record.h"

namespace occx {

enum class RecordFormat { jsonl, json, csv };

RecordFormat record_format_from_name(const std::string& name);  // jsonl, json, csv

class RecordWriter {
public:
    RecordWriter(std::ostream& out, RecordFormat format);
    ~RecordWriter();
    void write(const Record& r);
    // Closes the JSON array; called by the destructor when not called before.
    void finish();

private:
    std::ostream& out_;
    RecordFormat format_;
    size_t count_ = 0;
    bool finished_ = false;
};

std::string csv_escape(const std::string& field);
const std::vector<std::string>& csv_header();
std::vector<std::string> csv_row(const Record& r);

}  // namespace occx
