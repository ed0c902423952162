#pragma once
// Finding pages scanned sideways or upside down by reading them: Tesseract's orientation
// detector needs osd.traineddata, which Debian ships apart from the language models, and
// Leptonica's letter-shape detector misreads table pages. Instead, a sample of the page is
// read in each of the four orientations and the one that reads best wins.
#include <vector>

#include "model/document.h"
#include "ocr/tesseract_ocr.h"
#include "model/raster.h"

namespace occx {

// Words read this confidently on average mean the page is upright; below it, the
// orientation is checked. Upright report pages read at 0.85..0.95, turned ones below 0.6.
inline constexpr double kUprightMeanConfidence = 0.75;
// Words a page must have before its confidence says anything about its orientation.
inline constexpr int kMinWordsForOrientation = 8;
// A turn is taken only when it reads this many times better than the page as it is.
inline constexpr double kMinTurnAdvantage = 1.5;

// Sum over words of 3 or more letters or digits of confidence × length: how much the words
// read as text. Short fragments and punctuation, which OCR finds in any noise, do not count.
double reading_score(const std::vector<Word>& words);
// True when enough words read well enough not to look for another orientation.
bool reads_upright(const std::vector<Word>& words);

// Quarter turns clockwise (0..3) that bring the text of img (a raster at dpi) upright: a
// text-dense square of the page is read in each orientation. 0 when no turn reads clearly better.
int detect_quarter_turns(TesseractEngine& engine, const RgbImage& img, double dpi);

}  // namespace occx
