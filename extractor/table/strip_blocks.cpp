#include "table/strip_blocks.h"

namespace occx {

namespace {

// A column whose strips are covered over less than this share of its width holds nothing.
constexpr double kEmptyCoverShare = 0.1;
// A column whose words are mostly numbers is a value column.
constexpr double kNumberInkShare = 0.5;

}  // namespace

StripKind strip_kind(const ColumnEvidence& ev, size_t lo, size_t hi) {
    long ink = 0, numbers = 0;
    size_t covered = 0;
    for (size_t b = lo; b < hi && b < ev.coverage.size(); ++b) {
        ink += ev.coverage[b];
        numbers += ev.numbers[b];
        covered += ev.coverage[b] > 0;
    }
    if (ink == 0 || covered < kEmptyCoverShare * double(hi - lo)) return StripKind::empty;
    return numbers >= kNumberInkShare * double(ink) ? StripKind::numbers : StripKind::text;
}

std::vector<StripBlock> strip_blocks(const ColumnEvidence& ev, double min_gap) {
    std::vector<StripBlock> blocks;
    const auto& cov = ev.coverage;
    size_t b = 0;
    while (b < cov.size()) {
        while (b < cov.size() && cov[b] == 0) ++b;
        if (b == cov.size()) break;
        StripBlock block{b, b, StripKind::text};
        size_t gap = 0;
        for (; b < cov.size(); ++b) {
            if (cov[b] > 0) {
                block.end = b + 1;
                gap = 0;
            } else if (double(++gap) >= min_gap) {
                break;
            }
        }
        block.kind = strip_kind(ev, block.start, block.end);
        blocks.push_back(block);
    }
    return blocks;
}

}  // namespace occx
