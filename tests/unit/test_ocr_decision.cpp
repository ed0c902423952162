#include <catch2/catch.hpp>

#include "ocr/page_decision.h"

using namespace occx;

namespace {

Page a4_landscape(std::vector<std::string> texts) {
    Page p;
    p.number = 1;
    p.width = 842;
    p.height = 595;
    for (auto& t : texts) p.words.push_back(Word{t, {}, "", 0, 1, 0});
    return p;
}

// A page of n ordinary characters, in words of 10.
Page page_with_characters(int n) {
    std::vector<std::string> words;
    for (; n >= 10; n -= 10) words.push_back("abcdefghij");
    if (n > 0) words.push_back(std::string(size_t(n), 'x'));
    return a4_landscape(words);
}

}  // namespace

TEST_CASE("a page without a text layer is OCR'd", "[ocr][decision]") {
    auto d = decide_ocr(a4_landscape({}), OcrMode::automatic);
    CHECK(d.ocr);
    CHECK(d.reason == "no text layer");
    // Whitespace-only words are no text either.
    CHECK(decide_ocr(a4_landscape({" ", "\xC2\xA0"}), OcrMode::automatic).reason == "no text layer");
}

TEST_CASE("a page with too few characters for its area is OCR'd", "[ocr][decision]") {
    auto d = decide_ocr(a4_landscape({"Page", "3", "of", "16", "x"}), OcrMode::automatic);
    CHECK(d.ocr);
    CHECK(d.reason == "10 characters on a 842x595pt page");
    // The threshold grows with the page: what is enough for a label is not for an A4 page.
    Page label = page_with_characters(30);
    label.width = 200;
    label.height = 100;
    CHECK_FALSE(decide_ocr(label, OcrMode::automatic).ocr);
    CHECK(decide_ocr(page_with_characters(30), OcrMode::automatic).ocr);
    CHECK_FALSE(decide_ocr(page_with_characters(200), OcrMode::automatic).ocr);
}

TEST_CASE("a page whose text is mostly unusable is OCR'd", "[ocr][decision]") {
    // 63 replacement or private-use characters and 37 letters.
    std::vector<std::string> words;
    for (int i = 0; i < 21; ++i) words.push_back("\xEF\xBF\xBD\xEE\x80\x81\xEF\xA3\xBF");  // U+FFFD U+E001 U+F8FF
    for (int i = 0; i < 37; ++i) words.push_back("a");
    auto d = decide_ocr(a4_landscape(words), OcrMode::automatic);
    CHECK(d.ocr);
    CHECK(d.reason == "63% of characters unusable (unmapped glyphs/U+FFFD)");
}

TEST_CASE("control characters and broken UTF-8 are unusable", "[ocr][decision]") {
    auto st = text_layer_stats(a4_landscape({"ab\x01", "\xC3", "\xFF\xFE", "\xF3\xB0\x80\x80"}));
    CHECK(st.characters == 7);
    CHECK(st.unusable == 5);
    CHECK(is_unusable_code_point(0xFFFD));
    CHECK(is_unusable_code_point(0xE000));
    CHECK(is_unusable_code_point(0x1F));
    CHECK_FALSE(is_unusable_code_point(U'£'));
    CHECK_FALSE(is_unusable_code_point(U'●'));
    CHECK_FALSE(is_unusable_code_point(U'é'));
}

TEST_CASE("a good text layer is kept", "[ocr][decision]") {
    auto d = decide_ocr(page_with_characters(2134), OcrMode::automatic);
    CHECK_FALSE(d.ocr);
    CHECK(d.reason == "good text layer: 2,134 characters");
    // A few odd glyphs among good text do not condemn it.
    Page p = page_with_characters(1000);
    p.words.push_back({"\xEF\xBF\xBD\xEF\xBF\xBD", {}, "", 0, 1, 0});
    CHECK_FALSE(decide_ocr(p, OcrMode::automatic).ocr);
}

TEST_CASE("the OCR modes always and never override the rules", "[ocr][decision]") {
    auto forced = decide_ocr(page_with_characters(2134), OcrMode::always);
    CHECK(forced.ocr);
    CHECK(forced.reason == "OCR forced (--ocr always)");
    auto off = decide_ocr(a4_landscape({}), OcrMode::never);
    CHECK_FALSE(off.ocr);
    CHECK(off.reason == "no text layer, but OCR is off (--ocr never)");
    CHECK(decide_ocr(page_with_characters(2134), OcrMode::never).reason == "good text layer: 2,134 characters");
}
