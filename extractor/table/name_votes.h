#pragma once
// Names a document prints on many rows, settled by a vote of their readings: OCR drops an
// initial ("Cllr Greaves"), a surname that wrapped onto a lost line ("Kirsty") or a letter
// ("Tremiett") on some rows and reads the same name whole on others.
#include <vector>

#include "model/record.h"

namespace occx {

// Sets each director and portfolio holder that OCR read (a record whose method is ocr) to the one
// other reading of the document that it can only be a slip of, where that reading is on more
// rows, and on at least two:
// - the same words but for a letter or so inside a word of a few letters ("Tremiett"); or
// - more words, each an initial or a capitalised name, around all of its words in order
//   ("Cllr D Greaves" for "Cllr Greaves", "Kirsty Chaudhry" for "Kirsty"), where it is read so
//   on this row alone.
// A reading that fits two names is kept, and so is one whose initials differ from a name's
// ("Cllr A Bellamy" and "Cllr T Bellamy" may be two councillors). Each change is a warning on
// its record. Text inputs are left alone: their names are as printed, and a name that seems cut
// or joined there is a cell misplaced, not misread.
void settle_names_by_vote(std::vector<Record>& records);

}  // namespace occx
