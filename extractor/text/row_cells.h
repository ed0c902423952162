#pragma once
// A measure row as read from text, before normalisation: the cell texts by column key.
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

    bool has(const std::string& key) const {
        auto it = cells.find(key);
        return it != cells.end() && !it->second.empty();
    }
    // How much of the row was read: non-empty cells, values weighing more than text.
    int completeness() const;
};

}  // namespace occx::plain
