#pragma once
// Tesseract's LSTM engine through its C++ API, giving the same positioned words as a text layer.
// An engine is not thread-safe: each worker thread owns one, created once and reused.
// Tesseract itself is in a module loaded with the first engine (see util/module_loader.h).
#include <memory>
#include <string>
#include <vector>

#include "model/document.h"
#include "model/raster.h"
#include "ocr/ocr_backend.h"

namespace occx {

// How Tesseract cuts a page into text before reading it (its page segmentation mode).
enum class OcrLayout {
    automatic,     // PSM_AUTO: columns and blocks, text in reading order
    sparse_text,   // PSM_SPARSE_TEXT: every piece of text found, no order assumed
    single_block,  // PSM_SINGLE_BLOCK: one uniform block of text
    single_char,   // PSM_SINGLE_CHAR: one character (a glyph whose font does not name it)
};

// The layout used for report pages, chosen on the 16 table pages of a rendered monthly report
// at 300 dpi, against its own text layer (scripts/bench-ocr --layout):
//   sparse_text   words found 75%, of words read 96% right; 2.2 s CPU on a table page
//   automatic     words found 75%, of words read 78% right; 2.4 s (7.3 s on a dense page):
//                 reads cell rulings as "|" words and loses short header cells
//   single_block  words found 69%, of words read 66% right; 2.5 s: runs rows together
// (The missed words are mostly the watermark's letters and white-on-blue banners.)
// Word boxes are what tables are rebuilt from, so reading order does not matter.
inline constexpr OcrLayout kDefaultOcrLayout = OcrLayout::sparse_text;

class TesseractEngine {
public:
    // Loads the language's LSTM model from TESSDATA_PREFIX or Tesseract's default tessdata;
    // throws occx::Error naming what to install when it (or the module) is missing.
    explicit TesseractEngine(const std::string& language = "eng", OcrLayout layout = kDefaultOcrLayout);
    ~TesseractEngine();
    TesseractEngine(const TesseractEngine&) = delete;
    TesseractEngine& operator=(const TesseractEngine&) = delete;

    // Reads the words of img, a raster at dpi; boxes in points of that raster (px * 72 / dpi),
    // origin top-left; confidence 0..1.
    std::vector<Word> read_words(const RgbImage& img, double dpi) { return backend_->read_words(img, dpi); }
    // The same for a Leptonica image of any depth (grey pages read as well and convert faster).
    std::vector<Word> read_words(Pix* pix, double dpi) { return backend_->read_words(pix, dpi); }

private:
    std::unique_ptr<OcrBackend> backend_;
};

const char* layout_name(OcrLayout layout);

}  // namespace occx
