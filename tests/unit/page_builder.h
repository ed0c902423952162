#pragma once
// Builds synthetic pages of positioned words for the table-stage tests: text is laid out
// left to right from x with a fixed advance per character, like a monospaced font.
#include <string>

#include "model/document.h"
#include "util/text.h"

namespace testing_pages {

constexpr double kCharWidth = 4.0;
constexpr double kLineHeight = 7.0;

// Adds the words of text on one line starting at (x, y); returns the x after the last word.
inline double put(occx::Page& page, const std::string& text, double x, double y, double size = kLineHeight) {
    for (const auto& word : occx::split(text, ' ')) {
        if (word.empty()) continue;
        occx::Word w;
        w.text = word;
        w.box = {x, y, x + kCharWidth * double(word.size()), y + size};
        w.font = "Body";
        w.font_size = size;
        page.words.push_back(w);
        x = w.box.x1 + kCharWidth / 2;
    }
    return x;
}

inline occx::Page blank_page(int number) {
    occx::Page p;
    p.number = number;
    p.width = 842;
    p.height = 595;
    return p;
}

}  // namespace testing_pages
