#pragma once
// A measure row as a stream reader rebuilds it: the cell texts by column key (patterns/table.re2),
// before it becomes a table row (stream_rows.h).
#include <map>
#include <string>
#include <vector>

#include "normalize/fields.h"
#include "model/record.h"

namespace occx::plain {

struct RowCells {
    MeasureId id;
    std::map<std::string, std::string> cells;  // column key → text, paragraphs joined with '\n'
    OptString priority_title;
    std::vector<std::string> warnings;
    // The value tokens a positional reading met, in reading order, and the value columns it
    // dealt them to; empty when the row was read from its labels or line by line. Kept so that
    // a block of several rows' values can be dealt out once every row is read.
    std::vector<std::string> value_run;
    std::vector<std::string> value_slots;

    bool has(const std::string& key) const {
        auto it = cells.find(key);
        return it != cells.end() && !it->second.empty();
    }
};

}  // namespace occx::plain
