#pragma once
// Light print on dark ground. A status word printed white in a dark cell, or a header label in a
// dark band, is a hole in a solid block to Tesseract, which reads dark letters on light paper;
// on a black-and-white scan every filled status cell turns black so. Such blocks are turned
// over (dark for light) before the page is read.
struct Pix;

namespace occx {

// Turns over, in grey_page (8 bits, a page at dpi), each solid dark block whose print is lighter
// than its ground; returns how many were turned.
int invert_solid_blocks(Pix* grey_page, double dpi);

}  // namespace occx
