#pragma once
// Page furniture in stream text whose converter marked its pages with form feeds (pdftotext,
// Tesseract): each page's number and its running headers and footers, which a table row
// running over a page break must not absorb.
#include <string>
#include <vector>

#include "patterns/pattern_pack.h"

namespace occx::plain {

// Blanks the furniture lines (a blank line parts blocks, as the page break did) and drops the
// form feeds; line numbers are kept. Lines naming a measure or priority id are never furniture
// (a priority's banner is printed again on each of its pages). Returns false, changing
// nothing, when the text has no form feeds.
bool blank_page_furniture(std::vector<std::string>& lines, const PatternPack& pack);

// The page (from 1) each line is printed on, counting the pages blank_page_furniture parts
// (a line starting with form feeds starts one); all 0 when the text has no form feeds.
std::vector<int> line_pages(const std::vector<std::string>& lines);

}  // namespace occx::plain
