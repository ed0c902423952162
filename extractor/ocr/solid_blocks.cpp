#include "ocr/solid_blocks.h"

#include <algorithm>

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
// Light print enclosed by the block, as a share of its box: a word takes several percent; a
// speck of paper showing through, less. More than half is no dark ground.
constexpr double kMinPrintShare = 0.02, kMaxPrintShare = 0.5;

// A dark ground with light print inside it. The light must be enclosed: a solid marker (a disc,
// a triangle, a star) has light paper only at its box's corners, and turning it over would make
// a letter of it.
bool holds_light_print(Pix* grey_page, int x, int y, int w, int h) {
    BOX* box = boxCreate(x, y, w, h);
    PixPtr block = checked(pixClipRectangle(grey_page, box, nullptr), "clip block");
    boxDestroy(&box);
    l_uint32 ground = 255;
    if (pixGetRankValue(block.get(), 1, 0.5f, &ground) != 0 || ground >= 128) return false;
    PixPtr dark = checked(pixThresholdToBinary(block.get(), int(ground) + kPrintContrast), "threshold block");
    PixPtr light = checked(pixInvert(nullptr, dark.get()), "invert block");
    PixPtr enclosed = checked(pixRemoveBorderConnComps(light.get(), 8), "enclosed print");
    l_int32 print = 0;
    pixCountPixels(enclosed.get(), &print, nullptr);
    const double area = double(w) * h;
    return print >= kMinPrintShare * area && print <= kMaxPrintShare * area;
}

}  // namespace

int invert_solid_blocks(Pix* grey_page, double dpi) {
    const int side = std::max(3, int(kSolidSideInches * dpi + 0.5));
    PixPtr ink = binarised(grey_page);
    PixPtr solid = checked(pixOpenBrick(nullptr, ink.get(), side, side), "open");
    BOXA* boxa = pixConnCompBB(solid.get(), 8);
    if (!boxa) return 0;
    int turned = 0;
    for (int i = 0; i < boxaGetCount(boxa); ++i) {
        l_int32 x = 0, y = 0, w = 0, h = 0;
        boxaGetBoxGeometry(boxa, i, &x, &y, &w, &h);
        if (w < kMinBlockSides * side || h < kMinBlockSides * side) continue;
        if (!holds_light_print(grey_page, x, y, w, h)) continue;
        pixRasterop(grey_page, x, y, w, h, PIX_NOT(PIX_DST), nullptr, 0, 0);
        ++turned;
    }
    boxaDestroy(&boxa);
    return turned;
}

}  // namespace occx
