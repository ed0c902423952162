#pragma once
// How the process's allocator gives memory back.

namespace occx {

// Large blocks (a page's raster, an OCR buffer) go back to the system when freed, instead of
// staying in the allocator's pools: glibc otherwise raises its threshold for them after the
// first is freed and keeps every later one, which kept a scanned report ~150 MB above what it
// used (461 MB peak against 311 MB, -j 2). Call once, before threads start.
void return_large_blocks_when_freed();

}  // namespace occx
