#pragma once
// Writes records as JSON Lines, one JSON array, or CSV (one flat row per record).
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/record.h"

namespace occx {

enum class RecordFormat { jsonl, json, csv };

RecordFormat record_format_from_name(const std::string& name);  // jsonl, json, csv

class RecordWriter {
public:
    // extra_columns: more columns after the record's own (CSV), or keys (JSON), whose values
    // each write() gives in that order.
    RecordWriter(std::ostream& out, RecordFormat format, std::vector<std::string> extra_columns = {});
    ~RecordWriter();
    void write(const Record& r, const std::vector<nlohmann::json>& extra_values = {});
    // Another JSON document among the records (a Cabinet report's structured form): a line of
    // JSON Lines or an element of the JSON array. CSV has no place for one: occx::Error.
    void write_document(const nlohmann::json& document);
    // Closes the JSON array; called by the destructor when not called before.
    void finish();

private:
    std::ostream& out_;
    RecordFormat format_;
    std::vector<std::string> extra_columns_;
    size_t count_ = 0;
    bool finished_ = false;
};

std::string csv_escape(const std::string& field);
const std::vector<std::string>& csv_header();
std::vector<std::string> csv_row(const Record& r);

}  // namespace occx
