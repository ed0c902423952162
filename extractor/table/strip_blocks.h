#pragma once
// The body's blocks of text across the page: runs of 1-point strips that words cover, parted
// by gutters, each told by what it holds (numbers, text or nothing).
#include <cstddef>
#include <vector>

#include "table/gutters.h"

namespace occx {

enum class StripKind { empty, numbers, text };

struct StripBlock {
    size_t start = 0, end = 0;  // strips [start, end)
    StripKind kind = StripKind::text;
    double center() const { return (start + end) / 2.0; }
};

// What strips [lo, hi) hold: nothing (hardly covered), mostly numbers, or text.
StripKind strip_kind(const ColumnEvidence& ev, size_t lo, size_t hi);

// Points of empty strip that part two blocks of text on the page (wider than a word space's
// share of a strip that other lines cover).
inline constexpr double kMinBlockGap = 3;

// The page's blocks of text: runs of covered strips parted by empty runs at least min_gap
// points wide.
std::vector<StripBlock> strip_blocks(const ColumnEvidence& ev, double min_gap = kMinBlockGap);

}  // namespace occx
