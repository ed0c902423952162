#pragma once
#include "model/document.h"

namespace occx {

// A page whose text mostly runs at 90, 180 or 270 degrees (a rotated page, or a landscape
// table printed sideways) is turned so that its text reads left to right; word boxes, page
// size and word rotations follow. Returns the rotation that was undone (0 when none).
int straighten_page(Page& page);

}  // namespace occx
