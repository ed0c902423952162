#pragma once
// Fixed-width text (pdftotext -layout, OCRmyPDF sidecars made with -layout, any text whose
// columns are kept by spaces) read as pages of positioned words: each word's box comes from
// its character columns and its line number, and a form feed starts a new page. The same table
// reconstruction as for PDFs then runs on them, unchanged.
#include <string_view>
#include <vector>

#include "model/document.h"
#include "patterns/pattern_pack.h"

namespace occx {

// The grid a character cell stands for, in points: about a 7-point body font.
inline constexpr double kLayoutCharWidth = 4.0;
inline constexpr double kLayoutLineHeight = 8.0;

std::vector<Page> pages_from_layout_text(std::string_view text);

// True when the text keeps table columns apart with runs of spaces, as layout text does: among
// its lines that hold several words, a good share have a wide gap inside them, or most of the
// lines that start with a measure id do.
bool looks_like_layout_text(std::string_view text, const PatternPack& pack);

}  // namespace occx
