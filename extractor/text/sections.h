#pragma once
// The parts of a report's text around its tables: priority banners and the section
// headings and introductions that no table row may absorb.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "normalize/fields.h"
#include "patterns/pattern_pack.h"

namespace occx::plain {

struct Sections {
    std::map<std::string, std::string> titles;  // OCC04 → "Support carers and the social care system"
    std::vector<bool> outside_rows;             // per line: a banner, heading or introduction
    std::vector<std::string> priority_at;       // per line: the priority of the last banner above, or ""
};

Sections read_sections(const std::vector<std::string>& lines, const PatternPack& pack);

// The first cell of a line, without markup.
std::string first_cell(const std::string& line, const PatternPack& pack);

// The measure id that starts a line (a table row), else nullopt. consumed as leading_measure_id.
std::optional<MeasureId> row_start_id(const std::string& cell, const PatternPack& pack, size_t* consumed = nullptr);

}  // namespace occx::plain
