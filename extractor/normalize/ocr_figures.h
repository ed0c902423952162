#pragma once
// What OCR does to a printed figure, undone: the slips of a scan, never of a text layer, so
// this is only for cells that were OCR'd, and only where the cell as read does not parse.
#include <optional>
#include <string>
#include <string_view>

namespace occx {

// The figure a cell's OCR'd text stands for, or nullopt when it changes nothing:
// - marks that are no words around the figure are dropped ("1,820.00 eee", "381 lc", "— 2.00",
//   "\"2,212.00");
// - a letter OCR takes a digit for, between digits, is that digit ("242,15S", "1O4"), and a
//   dollar sign before digits is a 5 (the reports are in pounds: "$7.57");
// - a space OCR set after a separator, or instead of the decimal point, goes ("484. 00",
//   "314 00");
// - separators read as one another are set by their groups: three-digit groups are thousands
//   and a last group of two is the decimals ("2.400 00", "1.260.00", "£308.075.077");
// - a closing bracket with no opening one is the cell's border ("45.59)", "61.50]").
std::optional<std::string> repair_ocr_figure(std::string_view text);

}  // namespace occx
