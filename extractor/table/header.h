#pragma once
// Header rows: found by their labels, they give the table's columns.
#include <optional>
#include <string>
#include <vector>

#include "patterns/pattern_pack.h"
#include "table/line.h"

namespace occx {

struct Column {
    std::string key;    // measure, director, period_actual, ... (patterns/table.re2)
    std::string label;  // as printed, group label first
    double label_x0 = 0, label_x1 = 0;  // where the label is printed
    double x0 = 0, x1 = 0;              // the column's extent, set from the body's gutters
    double center() const { return (label_x0 + label_x1) / 2; }
};

struct Header {
    Box box;                      // the header band
    size_t first_line = 0, end_line = 0;  // the band's lines: [first_line, end_line)
    std::vector<Column> columns;  // left to right
    bool reused = false;          // columns taken from an earlier page's header (table/header_reuse.h)
    std::vector<Column> read_columns;  // when reused: the columns as this band's labels read
    const Column* find(const std::string& key) const;
    int index_of(const std::string& key) const;
};

// How many of the header's columns carry a key.
size_t named_columns(const Header& header);

// A line made mostly of label words (patterns: table.header_word).
bool is_header_line(const Line& line, const PatternPack& pack);

// The header band starting at or after line `from`, or nullopt when none follows.
// A band is a run of lines made mostly of header words that names the measure column
// and at least three other known columns.
// With a model (the last header read), a band of the model's layout that OCR read only in
// part (a label lost or garbled) is the model's header again, moved to where this page's
// labels sit, with any column the band names and the model lacks (table/header_reuse.h).
std::optional<Header> find_header(const std::vector<Line>& lines, size_t from, const PatternPack& pack,
                                  const Header* model = nullptr);

}  // namespace occx
