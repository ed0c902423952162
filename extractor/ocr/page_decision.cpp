#include "ocr/page_decision.h"

#include <algorithm>
#include <cstdio>

namespace occx {

namespace {

constexpr char32_t kInvalid = 0xFFFFFFFF;

int sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead >> 5) == 0x6) return 2;
    if ((lead >> 4) == 0xE) return 3;
    if ((lead >> 3) == 0x1E) return 4;
    return 0;
}

// Decodes one UTF-8 sequence at s[i]; kInvalid (one byte consumed) when it is broken.
char32_t next_code_point(const std::string& s, size_t& i) {
    const auto lead = static_cast<unsigned char>(s[i]);
    const int len = sequence_length(lead);
    if (len == 0 || i + len > s.size()) {
        ++i;
        return kInvalid;
    }
    char32_t c = len == 1 ? lead : lead & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) {
            ++i;
            return kInvalid;
        }
        c = (c << 6) | (b & 0x3F);
    }
    i += len;
    return c;
}

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0; }

// "2134" → "2,134", as a reader expects counts.
std::string grouped(long n) {
    std::string digits = std::to_string(n), out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
        out.push_back(digits[i]);
    }
    return out;
}

std::string page_size(const Page& page) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.0fx%.0fpt", page.width, page.height);
    return buf;
}

double square_inches(const Page& page) { return page.width * page.height / (72.0 * 72.0); }

OcrDecision automatic_decision(const Page& page) {
    const TextLayerStats st = text_layer_stats(page);
    if (st.characters == 0) return {true, "no text layer"};
    const double needed = std::max<double>(kMinTextLayerCharacters, kMinCharactersPerSquareInch * square_inches(page));
    if (st.characters < needed)
        return {true, grouped(st.characters) + " characters on a " + page_size(page) + " page"};
    if (page.drawn_characters > 0 &&
        double(page.hidden_characters) >= kMinHiddenTextShare * double(page.drawn_characters))
        return {true, "its text layer is invisible, an earlier OCR's under the page's image"};
    const double unusable = double(st.unusable) / st.characters;
    if (unusable > kMaxUnusableShare)
        return {true, std::to_string(int(unusable * 100 + 0.5)) +
                          "% of characters unusable (unmapped glyphs/U+FFFD)"};
    return {false, "good text layer: " + grouped(st.characters) + " characters"};
}

}  // namespace

bool is_unusable_code_point(char32_t c) {
    if (c == kInvalid || c == 0xFFFD) return true;
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return true;                      // C0, DEL, C1 controls
    if (c >= 0xE000 && c <= 0xF8FF) return true;                               // private use area
    if (c >= 0xF0000) return true;                                             // supplementary private use
    return false;
}

TextLayerStats text_layer_stats(const Page& page) {
    TextLayerStats st;
    for (const Word& w : page.words) {
        for (size_t i = 0; i < w.text.size();) {
            const char32_t c = next_code_point(w.text, i);
            if (is_space(c)) continue;
            ++st.characters;
            if (is_unusable_code_point(c)) ++st.unusable;
        }
    }
    return st;
}

OcrDecision decide_ocr(const Page& text_layer, OcrMode mode) {
    switch (mode) {
        case OcrMode::always: return {true, "OCR forced (--ocr always)"};
        case OcrMode::never: {
            OcrDecision d = automatic_decision(text_layer);
            return {false, d.ocr ? d.reason + ", but OCR is off (--ocr never)" : d.reason};
        }
        case OcrMode::automatic: break;
    }
    return automatic_decision(text_layer);
}

}  // namespace occx
