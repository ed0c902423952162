#include "ocr/tesseract_ocr.h"

#include "util/log.h"
#include "util/module_loader.h"

namespace occx {

namespace {

void log_ocr(const char* source, const char* message) { log_diagnostic(source, message); }

}  // namespace

const char* layout_name(OcrLayout layout) {
    switch (layout) {
        case OcrLayout::automatic: return "auto";
        case OcrLayout::single_block: return "single-block";
        case OcrLayout::single_char: return "single-char";
        case OcrLayout::sparse_text: break;
    }
    return "sparse-text";
}

TesseractEngine::TesseractEngine(const std::string& language, OcrLayout layout) {
    auto* make = reinterpret_cast<MakeOcrBackend*>(module_symbol(kOcrModuleFile, kMakeOcrBackendSymbol, "OCR"));
    backend_.reset(make(language.c_str(), static_cast<int>(layout), log_ocr));
}

TesseractEngine::~TesseractEngine() = default;

}  // namespace occx
