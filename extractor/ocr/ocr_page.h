#pragma once
// One page through OCR: straightened, read by Tesseract, and kept as a small raster so that
// colours (status cells) can be sampled in the same coordinates as the words.
#include <string>

#include "model/document.h"
#include "ocr/tesseract_ocr.h"
#include "patterns/pattern_pack.h"
#include "model/raster.h"

namespace occx {

struct OcrOptions {
    double dpi = 300;             // rendering resolution for Tesseract
    int jobs = 0;                 // worker threads; 0: one per core
    std::string language = "eng";
    OcrLayout layout = kDefaultOcrLayout;
    bool straighten = true;       // detect quarter turns and skew, and correct them
    double raster_dpi = 100;      // resolution of the raster kept for colour sampling; 0 keeps none
    // The raster's resolution on a page with no colour, whose statuses only their markers'
    // shapes tell: a star 5 pt across is 7 pixels at 100 dpi and reads as a circle, 10 at 150.
    double shape_raster_dpi = 150;
    // When set, words matching its ocr.noise_word entries (rulings read as | = _) are dropped.
    const PatternPack* patterns = nullptr;
    // When set (with patterns), the header band is read again as one block by it (ocr/header_band.h).
    TesseractEngine* block_engine = nullptr;
};

// Grey levels darker than this are a mark's ink (OcrPage::ink): a blurred one-pixel stroke of a
// 150 dpi scan is 150 to 180 (a lone "#" in a 6 pt font), a cream paper with a scan's noise
// lighter than 200.
inline constexpr int kMarkInkGrey = 190;

struct OcrPage {
    // method ocr; width, height and word boxes in points of the straightened page, top-left origin.
    Page page;
    // The straightened page at raster_dpi: pixel (x, y) is at point (x, y) * 72 / raster_dpi.
    RgbImage raster;
    double raster_dpi = 0;
    // The straightened page's ink at the resolution OCR read it (dpi), where a small mark keeps
    // its shape; empty when no raster is kept.
    InkBitmap ink;
    double ink_dpi = 0;
    int quarter_turns = 0;     // clockwise quarter turns applied to make the text upright
    double skew_degrees = 0;   // skew found (positive clockwise) and removed
};

// Drops words that are only table rulings read as characters (pack's ocr.noise_word, if any).
void drop_noise_words(std::vector<Word>& words, const PatternPack& pack);
// Drops letters and digits boxed far flatter than the page's words: a ruling read as text.
void drop_flat_words(std::vector<Word>& words);

// Straightens raw (a page rendered at options.dpi), OCRs it with engine, and returns page
// number's words in points of the straightened page.
OcrPage ocr_rendered_page(TesseractEngine& engine, RgbImage raw, int number, const OcrOptions& options);

}  // namespace occx
