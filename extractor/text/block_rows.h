#pragma once
// Rows of text that lost the table's cell boundaries (pdftotext without -layout, Tesseract):
// a row is the run of lines from its id to the next; its blocks (paragraphs) are read as
// labelled cells where the converter kept the labels, else by their place in the row.
#include <string>
#include <vector>

#include "patterns/pattern_pack.h"
#include "text/row_cells.h"
#include "text/sections.h"

namespace occx::plain {

// paged: the converter marked its pages and their furniture is gone (page_furniture.h), so a
// number alone on a line is a value, not a page number.
std::vector<RowCells> read_block_rows(const std::vector<std::string>& lines, const Sections& sections,
                                      const PatternPack& pack, bool paged);

}  // namespace occx::plain
