// The Tesseract module: occx's only code that links Tesseract (see util/module_loader.h).
#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <memory>
#include <type_traits>
#include <cstdlib>
#include <mutex>

#include "ocr/ocr_backend.h"
#include "ocr/tesseract_ocr.h"
#include "util/error.h"
#include "util/text.h"

namespace occx {

namespace {

tesseract::PageSegMode page_seg_mode(OcrLayout layout) {
    switch (layout) {
        case OcrLayout::automatic: return tesseract::PSM_AUTO;
        case OcrLayout::single_block: return tesseract::PSM_SINGLE_BLOCK;
        case OcrLayout::single_char: return tesseract::PSM_SINGLE_CHAR;
        case OcrLayout::sparse_text: break;
    }
    return tesseract::PSM_SPARSE_TEXT;
}

std::string missing_model_message(const std::string& language) {
    const char* prefix = std::getenv("TESSDATA_PREFIX");
    std::string where = prefix ? std::string("TESSDATA_PREFIX=") + prefix : "Tesseract's default tessdata directory";
    return "OCR needs Tesseract's '" + language + "' model (" + language + ".traineddata), not found in " +
           where + ": install tesseract-ocr-" + language + " or set TESSDATA_PREFIX";
}

// Leptonica's messages go to occx's log. Its handler is one plain function per process, with
// no closure: the log it forwards to is kept here, set once by the first engine.
OcrLog* leptonica_log = nullptr;

void log_leptonica(const char* message) { leptonica_log("leptonica", message); }

void route_leptonica(OcrLog* log) {
    static std::once_flag once;
    std::call_once(once, [log] {
        leptonica_log = log;
        leptSetStderrHandler(log_leptonica);
        setMsgSeverity(L_SEVERITY_WARNING);
    });
}

void init_engine(tesseract::TessBaseAPI& api, const std::string& language, OcrLog* log) {
    route_leptonica(log);
    // Tesseract 5 has no message callback: tprintf writes to debug_file (an unflushed stdio
    // stream, so nothing could be read back page by page) or else to stderr. It is dropped;
    // occx reports what goes wrong with a page itself, in one line.
    const std::vector<std::string> names{"debug_file"};
    const std::vector<std::string> values{"/dev/null"};
    if (api.Init(nullptr, language.c_str(), tesseract::OEM_LSTM_ONLY, nullptr, 0, &names, &values, false) != 0)
        fail("", missing_model_message(language));
}

// Takes ownership of the text Tesseract allocated.
std::string take_text(char* text) {
    std::string s = text ? text : "";
    delete[] text;
    return s;
}

Word word_at(tesseract::ResultIterator& it, double scale) {
    Word w;
    w.text = trim(take_text(it.GetUTF8Text(tesseract::RIL_WORD)));
    int left = 0, top = 0, right = 0, bottom = 0;
    it.BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom);
    w.box = {left * scale, top * scale, right * scale, bottom * scale};
    w.confidence = std::clamp(it.Confidence(tesseract::RIL_WORD) / 100.0, 0.0, 1.0);
    // The LSTM engine reports no fonts; the text line's height stands in for the size.
    float row_height = 0, descenders = 0, ascenders = 0;
    it.RowAttributes(&row_height, &descenders, &ascenders);
    w.font_size = row_height * scale;
    return w;
}

}  // namespace

class TesseractBackend : public OcrBackend {
public:
    TesseractBackend(const std::string& language, OcrLayout layout, OcrLog* log) {
        init_engine(api_, language, log);
        api_.SetPageSegMode(page_seg_mode(layout));
    }
    ~TesseractBackend() override { api_.End(); }

    std::vector<Word> read_words(const RgbImage& img, double dpi) override {
        if (img.width <= 0 || img.height <= 0) return {};
        api_.SetImage(img.pixels.data(), img.width, img.height, 3, 3 * img.width);
        return recognise(dpi);
    }

    std::vector<Word> read_words(Pix* pix, double dpi) override {
        api_.SetImage(pix);
        return recognise(dpi);
    }

private:
    std::vector<Word> recognise(double dpi) {
        std::vector<Word> words;
        api_.SetSourceResolution(static_cast<int>(dpi + 0.5));
        if (api_.Recognize(nullptr) != 0) {
            api_.Clear();
            fail("", "OCR failed");
        }
        std::unique_ptr<tesseract::ResultIterator> it(api_.GetIterator());
        const double scale = 72.0 / dpi;
        if (it && !it->Empty(tesseract::RIL_WORD)) {
            do {
                Word w = word_at(*it, scale);
                if (!w.text.empty()) words.push_back(std::move(w));
            } while (it->Next(tesseract::RIL_WORD));
        }
        api_.Clear();
        return words;
    }

    tesseract::TessBaseAPI api_;
};

}  // namespace occx

extern "C" occx::OcrBackend* occx_make_ocr_backend(const char* language, int layout, occx::OcrLog* log) {
    return new occx::TesseractBackend(language, static_cast<occx::OcrLayout>(layout), log);
}
static_assert(std::is_same_v<decltype(occx_make_ocr_backend), occx::MakeOcrBackend>);
