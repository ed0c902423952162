#pragma once
// What the Tesseract module (extractor/modules/tesseract) gives the rest of occx: words with
// boxes from a raster. Only this interface crosses into the module, so nothing but the module
// links Tesseract.
#include <vector>

#include "model/document.h"
#include "model/raster.h"

struct Pix;

namespace occx {

class OcrBackend {
public:
    virtual ~OcrBackend() = default;
    // Words of img, a raster at dpi; boxes in points (px * 72 / dpi), origin top-left;
    // confidence 0..1. Throws occx::Error when Tesseract fails.
    virtual std::vector<Word> read_words(const RgbImage& img, double dpi) = 0;
    virtual std::vector<Word> read_words(Pix* pix, double dpi) = 0;
};

// Where the module sends what its libraries say (SOURCE, MESSAGE): occx's log, shown with -v.
using OcrLog = void(const char* source, const char* message);
// The module's factory: an engine for language (e.g. "eng") and layout (an OcrLayout); log
// takes the libraries' messages, which never go to stderr themselves.
// Throws occx::Error naming what to install when the language's model is missing.
using MakeOcrBackend = OcrBackend*(const char* language, int layout, OcrLog* log);
inline constexpr const char* kOcrModuleFile = "occx-tesseract.so";
inline constexpr const char* kMakeOcrBackendSymbol = "occx_make_ocr_backend";

}  // namespace occx
