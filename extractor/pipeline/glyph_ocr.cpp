#include "pipeline/glyph_ocr.h"

#include <memory>

#include "ocr/ocr_page.h"
#include "table/shapes.h"
#include "util/error.h"
#include "util/text.h"

namespace occx {

namespace {

// Pixels on the glyph's longer side: Tesseract reads a clean lone character from about 40.
constexpr int kReadGrid = 64;
// White pixels around the glyph: Tesseract drops ink that touches the image's edge.
constexpr int kReadMargin = 16;
// The raster's stated resolution: any will do, as the word's box is not used.
constexpr double kReadDpi = 300;
// Below this confidence (0..1) Tesseract had no reading of the glyph. Its confidence in one
// lone character is low even when right (a clean pound sign in a serif font reads at about
// 0.3), so this bar only turns away what it could not read at all.
constexpr double kMinReadConfidence = 0.25;

RgbImage glyph_image(const Mask& m) {
    RgbImage img;
    img.width = m.width + 2 * kReadMargin;
    img.height = m.height + 2 * kReadMargin;
    img.pixels.assign(size_t(img.width) * img.height * 3, 255);
    for (int y = 0; y < m.height; ++y)
        for (int x = 0; x < m.width; ++x)
            if (m.at(x, y)) {
                const size_t i = (size_t(y + kReadMargin) * img.width + size_t(x + kReadMargin)) * 3;
                img.pixels[i] = img.pixels[i + 1] = img.pixels[i + 2] = 0;
            }
    return img;
}

}  // namespace

MaskReader lone_char_reader(OcrEngines& engines, const std::string& language) {
    auto unavailable = std::make_shared<bool>(false);
    return [&engines, language, unavailable](const Mask& ink) -> std::string {
        const Mask m = scaled_mask(ink, kReadGrid);
        if (*unavailable || m.width == 0) return "";
        try {
            auto lease = engines.pool(language, OcrLayout::single_char).borrow();
            const std::vector<Word> words = lease.engine().read_words(glyph_image(m), kReadDpi);
            if (words.size() != 1 || utf8_length(words[0].text) != 1 || words[0].confidence < kMinReadConfidence)
                return "";
            return words[0].text;
        } catch (const Error&) {
            *unavailable = true;  // no module or no model: nothing is read
            return "";
        }
    };
}

GlyphReader glyph_ocr_reader(OcrEngines& engines, const std::string& language) {
    return [read = lone_char_reader(engines, language)](const std::vector<std::vector<Point>>& outline) {
        return read(mask_from_outline(outline, kReadGrid));
    };
}

GlyphReader glyph_reader_for(const ExtractOptions& options, Context& context) {
    if (options.ocr == OcrMode::never) return {};
    return glyph_ocr_reader(context.engines(), OcrOptions{}.language);
}

MaskReader mask_reader_for(const ExtractOptions& options, Context& context) {
    if (options.ocr == OcrMode::never) return {};
    return lone_char_reader(context.engines(), OcrOptions{}.language);
}

}  // namespace occx
