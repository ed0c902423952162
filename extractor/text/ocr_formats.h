#pragma once
// Positioned OCR output other tools made of a scan: Tesseract TSV, hOCR and ALTO XML (and the
// TSV `occx words` prints). Each word keeps its box and confidence, so these inputs become pages
// of positioned words and go through the same table reconstruction as a PDF. Detected by
// content, not by file name.
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace occx {

enum class PositionedFormat { none, tsv, hocr, alto, words };  // words: what `occx words` prints

PositionedFormat detect_positioned_format(std::string_view text);
const char* positioned_format_name(PositionedFormat format);

// Pixel boxes become points at the scan's resolution where the format gives it (hOCR's
// scan_res), else at kAssumedScanDpi, the resolution OCR tools render pages at by default.
inline constexpr double kAssumedScanDpi = 300;

// A skewed scan's words are levelled (text/word_skew.h); each page levelled is told in notes.
std::vector<Page> pages_from_positioned(std::string_view text, PositionedFormat format,
                                        std::vector<std::string>* notes = nullptr);

}  // namespace occx
