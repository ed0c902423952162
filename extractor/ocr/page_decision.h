#pragma once
// Whether a page's text layer is good enough, or the page must be OCR'd, and why.
#include <string>

#include "model/document.h"
#include "model/extraction.h"

namespace occx {

// Below this many characters a page has, for OCR purposes, no text layer.
inline constexpr int kMinTextLayerCharacters = 20;
// A page's text layer must have at least this many characters per square inch of page:
// about 48 on an A4 page (97 square inches), where a report page has thousands and a scan
// with a stamped page number or an invisible file name a handful.
inline constexpr double kMinCharactersPerSquareInch = 0.5;
// Above this share of unusable characters (U+FFFD, private-use glyphs that no ToUnicode
// map named, control characters, broken UTF-8) the text layer is not worth reading.
inline constexpr double kMaxUnusableShare = 0.30;
// At or above this share of its characters drawn invisible, a page's text layer is an earlier
// OCR's, laid under the scan's image (OCRmyPDF, Acrobat): occx's own OCR reads the image again,
// with each word's confidence and the statuses' shapes and colours, which that layer lacks.
inline constexpr double kMinHiddenTextShare = 0.9;

struct TextLayerStats {
    int characters = 0;  // code points, excluding whitespace
    int unusable = 0;    // of those, characters no reader can use
};

struct OcrDecision {
    bool ocr = false;
    std::string reason;  // one line for --verbose: "no text layer", "good text layer: 2,134 characters"
};

TextLayerStats text_layer_stats(const Page& page);
// True for U+FFFD, private-use code points, and control characters.
bool is_unusable_code_point(char32_t c);
OcrDecision decide_ocr(const Page& text_layer, OcrMode mode);

}  // namespace occx
