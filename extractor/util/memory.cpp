#include "util/memory.h"

#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

namespace occx {

namespace {

// Blocks this large or larger are mapped on their own and unmapped when freed: a 300 dpi page
// row band or a raster, not the small objects that make up most allocations.
constexpr int kOwnMappingBytes = 4 << 20;

}  // namespace

void return_large_blocks_when_freed() {
#if defined(M_MMAP_THRESHOLD)  // glibc's allocator
    mallopt(M_MMAP_THRESHOLD, kOwnMappingBytes);  // a fixed threshold: glibc stops raising it
#endif
}

}  // namespace occx
