#pragma once
// A scanned page OCR'd without deskewing (hOCR, ALTO or TSV from another tool) gives words whose
// lines slope: a line's words drift down or up across the page, and the table engine, which
// groups words into lines by height, splits one line into many. The slope is measured from the
// words themselves and taken out, so every positioned input reaches the table engine level.
#include <optional>

#include "model/document.h"

namespace occx {

// The page's text slope (dy per dx, y downwards) from words side by side on one line: the
// median over the pairs, or nullopt when too few pairs show it.
std::optional<double> text_slope(const Page& page);

// Levels the page when its text slopes by more than a reading tolerance: each word's box moves
// with its centre, turned about the page's centre. Returns the angle taken out, in degrees, or 0.
double level_words(Page& page);

}  // namespace occx
