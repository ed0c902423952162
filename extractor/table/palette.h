#pragma once
// A document's status colours read against each other. The fixed hue bands that tell red from
// amber hold for most templates, but a council's red may lean to orange (a brick red, a
// vermilion) past the red band, where it reads as amber beside the template's true amber.
#include <vector>

#include "model/table_row.h"

namespace occx {

// Where two distinct paints read as amber and none as red, the reddest of them, if it leans
// to red at all, is the document's red: the rows drawn in it are read again as RED, each with
// a note. Statuses written as text, or read from a key, are not touched.
void reread_reds_by_palette(std::vector<RowDraft>& rows);

}  // namespace occx
