#include "ocr/solid_blocks.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <vector>

#include <leptonica/allheaders.h>

#include "ocr/pix_image.h"

namespace occx {

namespace {

// What survives an opening by a square this wide is solid ink, not print: a letter's stroke,
// even a bold title's, and a ruling are thinner than a millimetre.
constexpr double kSolidSideInches = 0.04;
// A block narrower or lower than this many solid sides is a blot or a bullet, not a cell.
constexpr int kMinBlockSides = 2;
// Grey levels between a block's ground and its print: what tells print from the ground's noise.
constexpr int kPrintContrast = 60;
// Light print enclosed by the block. Its specks (paper showing through, a scan's noise) cover
// less than a square of this side; a letter of the smallest print, more.
constexpr double kMinLetterInches = 0.02;
// Fewest square inches of such print: a short word's letters (a 5 pt bold "RED" has about
// 0.004). Not a share of the block: a status cell is as tall as its row's longest comment, and
// a column of filled cells one block, while its word is one line.
constexpr double kMinPrintSquareInches = 0.002;
// More than half the block's box in light print is no dark ground.
constexpr double kMaxPrintShare = 0.5;

// A dark ground with light print inside it. The light must be enclosed: a solid marker (a disc,
// a triangle, a star) has light paper only at its box's corners, and turning it over would make
// a letter of it.
bool holds_light_print(Pix* grey_page, int x, int y, int w, int h, double dpi) {
    BOX* box = boxCreate(x, y, w, h);
    PixPtr block = checked(pixClipRectangle(grey_page, box, nullptr), "clip block");
    boxDestroy(&box);
    l_uint32 ground = 255;
    if (pixGetRankValue(block.get(), 1, 0.5f, &ground) != 0 || ground >= 128) return false;
    PixPtr dark = checked(pixThresholdToBinary(block.get(), int(ground) + kPrintContrast), "threshold block");
    PixPtr light = checked(pixInvert(nullptr, dark.get()), "invert block");
    PixPtr enclosed = checked(pixRemoveBorderConnComps(light.get(), 8), "enclosed print");
    const int letter = std::max(2, int(kMinLetterInches * dpi + 0.5));
    PixPtr letters = checked(pixSelectByArea(enclosed.get(), float(letter * letter), 8, L_SELECT_IF_GTE, nullptr), "letters");
    l_int32 print = 0;
    pixCountPixels(letters.get(), &print, nullptr);
    return print >= kMinPrintSquareInches * dpi * dpi && print <= kMaxPrintShare * double(w) * h;
}

// Share of a row or column of pixels that must be ink for it to belong to a block.
constexpr double kMinBlockEdgeInk = 0.5;

bool mostly_ink(Pix* ink, l_int32 x, l_int32 y, l_int32 w, l_int32 h) {
    if (x < 0 || y < 0 || x + w > l_int32(pixGetWidth(ink)) || y + h > l_int32(pixGetHeight(ink))) return false;
    BOX* box = boxCreate(x, y, w, h);
    l_int32 count = 0;
    pixCountPixelsInRect(ink, box, &count, nullptr);
    boxDestroy(&box);
    return count >= kMinBlockEdgeInk * double(w) * h;
}

// The opening trims a block where its light print comes within a brick of its edge (a status
// word set at the top of its cell), and print touching the box's edge would not count as
// enclosed: the box grows back, by at most a brick, over the rows and columns just outside it
// that are mostly ink.
void grow_to_ink(Pix* ink, l_int32& x, l_int32& y, l_int32& w, l_int32& h, int side) {
    for (int k = 0; k < side && mostly_ink(ink, x, y - 1, w, 1); ++k) --y, ++h;
    for (int k = 0; k < side && mostly_ink(ink, x, y + h, w, 1); ++k) ++h;
    for (int k = 0; k < side && mostly_ink(ink, x - 1, y, 1, h); ++k) --x, ++w;
    for (int k = 0; k < side && mostly_ink(ink, x + w, y, 1, h); ++k) ++w;
}

// A light word spanning its dark cell's width breaks the opening into the ground above it and
// the ground below: two blocks of one column whose gap is at most a line of bold print.
constexpr double kMaxWordGapInches = 0.2;

struct Block {
    l_int32 x = 0, y = 0, w = 0, h = 0;
};

// The dark blocks of the page: what survives the opening, grown back to its edges.
std::vector<Block> solid_blocks(Pix* ink, int side) {
    // Not closed over a line of print: that joins a column's filled cells into one block, whose
    // ground is then no one cell's (a dark red's and a light amber's).
    PixPtr solid = checked(pixOpenBrick(nullptr, ink, side, side), "open");
    BOXA* boxa = pixConnCompBB(solid.get(), 8);
    std::vector<Block> blocks;
    if (!boxa) return blocks;
    for (int i = 0; i < boxaGetCount(boxa); ++i) {
        Block b;
        boxaGetBoxGeometry(boxa, i, &b.x, &b.y, &b.w, &b.h);
        if (b.w < kMinBlockSides * side || b.h < kMinBlockSides * side) continue;
        grow_to_ink(ink, b.x, b.y, b.w, b.h, side);
        blocks.push_back(b);
    }
    boxaDestroy(&boxa);
    return blocks;
}

// The block made of `upper` and the `lower` one just under it in the same column, when the two
// are the ground around one line of print; nullopt otherwise.
std::optional<Block> split_by_a_word(const Block& upper, const Block& lower, int side, double dpi) {
    if (std::abs(upper.x - lower.x) > side || std::abs((upper.x + upper.w) - (lower.x + lower.w)) > side) return std::nullopt;
    const int gap = lower.y - (upper.y + upper.h);
    if (lower.y <= upper.y || gap > kMaxWordGapInches * dpi) return std::nullopt;
    const l_int32 x = std::max(upper.x, lower.x);
    const l_int32 right = std::min(upper.x + upper.w, lower.x + lower.w);
    return Block{x, upper.y, right - x, lower.y + lower.h - upper.y};
}

bool overlap(const Block& a, const Block& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

void turn_over(Pix* grey_page, const Block& b) { pixRasterop(grey_page, b.x, b.y, b.w, b.h, PIX_NOT(PIX_DST), nullptr, 0, 0); }

}  // namespace

int invert_solid_blocks(Pix* grey_page, double dpi) {
    const int side = std::max(3, int(kSolidSideInches * dpi + 0.5));
    PixPtr ink = binarised(grey_page);
    std::vector<Block> blocks = solid_blocks(ink.get(), side);
    std::vector<bool> turned(blocks.size(), false);
    int count = 0;
    for (size_t i = 0; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        if (!holds_light_print(grey_page, b.x, b.y, b.w, b.h, dpi)) continue;
        turn_over(grey_page, b);
        turned[i] = true;
        ++count;
    }
    // Blocks that hold no print alone may be the two halves of a cell its word cuts across.
    for (size_t i = 0; i < blocks.size(); ++i)
        for (size_t j = 0; j < blocks.size() && !turned[i]; ++j) {
            if (j == i || turned[j]) continue;
            const auto joined = split_by_a_word(blocks[i], blocks[j], side, dpi);
            if (!joined) continue;
            // never turned twice: a join across a block turned over already is left
            bool crosses_turned = false;
            for (size_t k = 0; k < blocks.size(); ++k) crosses_turned = crosses_turned || (turned[k] && overlap(blocks[k], *joined));
            if (crosses_turned || !holds_light_print(grey_page, joined->x, joined->y, joined->w, joined->h, dpi)) continue;
            turn_over(grey_page, *joined);
            turned[i] = turned[j] = true;
            ++count;
        }
    return count;
}

}  // namespace occx
