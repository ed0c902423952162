#pragma once
#include <string>
#include <vector>

#include "table/header.h"
#include "table/line.h"

namespace occx {

// What the body's words say about where columns end: how many words cover each 1-point
// strip of the page, and how many start or end at each.
struct ColumnEvidence {
    std::vector<int> coverage, starts, ends;
    std::vector<int> numbers;  // coverage by words that are numbers (values, not prose)
    size_t lines = 0;          // how many body lines were added
    explicit ColumnEvidence(double page_width = 0);
    void add(const std::vector<const Line*>& body);
};

// Which headers pool their evidence: those of one page width naming the same columns in the
// same order (an OCR'd header's labels sit a point or two off the last page's: still the same
// table); an unnamed column counts by where its label sits.
std::string evidence_signature(const Header& header, double page_width);

// Sets each column's x-extent: each boundary goes into an empty strip between two
// neighbouring labels, the one that most words are aligned against (cell text starts just
// right of its column's left edge, or ends just left of its right edge); ties go to the
// widest strip.
void set_column_extents(Header& header, const ColumnEvidence& evidence);

// Sets the extents of the columns that have none yet (x0 == x1: learnt from another page's
// header) as set_column_extents would, and their neighbours' shared boundaries; the other
// columns keep theirs, found over earlier pages.
void set_missing_extents(Header& header, const ColumnEvidence& evidence);

// A cell value rather than prose: digits, with at most the punctuation numbers are printed with,
// or "n/a", which a value column prints where it has no figure.
bool is_number_word(const std::string& text);

// The index of the column whose extent holds x.
size_t column_at(const Header& header, double x);

}  // namespace occx
