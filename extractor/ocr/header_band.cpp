#include "ocr/header_band.h"

#include <algorithm>
#include <cctype>

#include <leptonica/allheaders.h>
#include <re2/re2.h>

#include "ocr/pix_image.h"
#include "ocr/solid_blocks.h"

namespace occx {

namespace {

// How far above the first measure row a header reaches, in the page's median word heights: a
// group label, two lines of labels and their rules.
constexpr double kBandHeightInWords = 7.0;
// Words a block reading gives are kept from this confidence: between labels it reads rules
// and tints as junk, at low confidence.
constexpr double kMinBandConfidence = 0.85;
// A word whose box has this share in a word read before is that word again.
constexpr double kCoveredShare = 0.3;

const Word* first_measure_id(const std::vector<Word>& words, const PatternPack& pack) {
    if (!pack.has("ids.measure_id")) return nullptr;
    const RE2& id = pack.one("ids.measure_id");
    const Word* first = nullptr;
    for (const auto& w : words)
        if (RE2::PartialMatch(w.text, id) && (!first || w.box.y0 < first->box.y0)) first = &w;
    return first;
}

bool covered(const Box& b, const std::vector<Word>& words) {
    const double area = std::max(b.width() * b.height(), 1e-6);
    return std::any_of(words.begin(), words.end(), [&](const Word& w) {
        const double ox = std::min(b.x1, w.box.x1) - std::max(b.x0, w.box.x0);
        const double oy = std::min(b.y1, w.box.y1) - std::max(b.y0, w.box.y0);
        return ox > 0 && oy > 0 && ox * oy > kCoveredShare * area;
    });
}

bool has_letter(const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

}  // namespace

std::vector<Word> read_header_band_again(TesseractEngine& block_engine, Pix* grey_page, double dpi,
                                         const std::vector<Word>& words, const PatternPack& pack) {
    const Word* id = first_measure_id(words, pack);
    const double h = median_word_height(words);
    if (!id || h <= 0) return {};
    const double px = dpi / 72;
    const int y1 = int((id->box.y0 - 0.2 * h) * px);
    const int y0 = std::max(0, int((id->box.y0 - kBandHeightInWords * h) * px));
    if (y1 - y0 < int(h * px)) return {};
    BOX* box = boxCreate(0, y0, pixGetWidth(grey_page), y1 - y0);
    PixPtr band = checked(pixClipRectangle(grey_page, box, nullptr), "clip header band");
    boxDestroy(&box);
    invert_solid_blocks(band.get(), dpi);
    std::vector<Word> found;
    for (Word w : block_engine.read_words(even_background(band.get()).get(), dpi)) {
        if (w.confidence < kMinBandConfidence || !has_letter(w.text)) continue;
        w.box = {w.box.x0, w.box.y0 + y0 / px, w.box.x1, w.box.y1 + y0 / px};
        if (!covered(w.box, words)) found.push_back(std::move(w));
    }
    return found;
}

}  // namespace occx
