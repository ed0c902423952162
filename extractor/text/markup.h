#pragma once
// Cleaning what converters wrap around cell text: HTML tags and entities, markdown marks,
// LaTeX arrows, watermark fragments.
#include <string>
#include <string_view>
#include <vector>

#include "patterns/pattern_pack.h"

namespace occx::plain {

// A cell's text without markup; <p>, <br> and <li> become paragraph breaks ('\n'),
// each paragraph's whitespace collapsed, empty paragraphs dropped.
std::string strip_markup(std::string_view cell, const PatternPack& pack);

// The tab-separated cells of a line, each stripped of markup.
std::vector<std::string> split_cells(std::string_view line, const PatternPack& pack);

// True when the text is only fragments of the page's watermark (COUN, ORDSHIR).
bool is_watermark(std::string_view text, const PatternPack& pack);

// The text with its paragraphs (separated by '\n') whitespace-collapsed and empty ones dropped.
std::string tidy_paragraphs(std::string_view text);

// Appends more text to a cell: a new paragraph when sep is '\n', else one space.
void append_text(std::string& cell, std::string_view more, char sep = ' ');

}  // namespace occx::plain
