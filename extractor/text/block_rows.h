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

std::vector<RowCells> read_block_rows(const std::vector<std::string>& lines, const Sections& sections,
                                      const PatternPack& pack);

}  // namespace occx::plain
