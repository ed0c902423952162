#pragma once
// The positioned-word model: what every text source (Poppler text layer, Tesseract OCR,
// plain text inputs) produces, and all that table reconstruction ever sees.
#include <optional>
#include <string>
#include <vector>

namespace occx {

// Page coordinates in PDF points, origin top-left, y growing downwards.
struct Box {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    double width() const { return x1 - x0; }
    double height() const { return y1 - y0; }
    double center_x() const { return (x0 + x1) / 2; }
    double center_y() const { return (y0 + y1) / 2; }
};

// The smallest box holding both.
inline Box union_box(const Box& a, const Box& b) {
    return {a.x0 < b.x0 ? a.x0 : b.x0, a.y0 < b.y0 ? a.y0 : b.y0, a.x1 > b.x1 ? a.x1 : b.x1, a.y1 > b.y1 ? a.y1 : b.y1};
}

struct Word {
    std::string text;
    Box box;
    std::string font;       // empty when unknown (OCR)
    double font_size = 0;   // points; 0 when unknown
    double confidence = 1;  // 0..1; 1 for a text layer
    int rotation = 0;       // 0, 90, 180, 270 as reported by the source; 45 for a slant read off layout text
};

// The median height of the words' boxes (ascenders and descenders in): the unit a page's print
// is measured in. 0 for no words.
double median_word_height(const std::vector<Word>& words);

enum class PageMethod { text, ocr, plain };

const char* method_name(PageMethod m);

struct Page {
    int number = 0;  // 1-based
    double width = 0, height = 0;
    PageMethod method = PageMethod::text;
    std::vector<Word> words;
    std::vector<std::string> notes;  // decisions worth telling a --verbose user
    // Characters the page's text drew, and of those the ones drawn invisible (text render mode 3):
    // the text an earlier OCR laid under a scan's image. Counted only where Poppler's core API
    // reads the page (pdf/core); 0 and 0 otherwise.
    long drawn_characters = 0, hidden_characters = 0;
};

}  // namespace occx
