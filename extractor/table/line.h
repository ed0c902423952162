#pragma once
// Visual lines and phrases: the first grouping of positioned words.
#include <string>
#include <vector>

#include "model/document.h"
#include "patterns/pattern_pack.h"
#include "util/stats.h"

namespace occx {

// Words that share a baseline band, left to right.
struct Line {
    std::vector<const Word*> words;
    Box box;
    std::string text() const;  // words joined by single spaces
    double height() const { return box.height(); }
};

// Words of one line separated by no more than a word space: a label, or one cell's line.
struct Phrase {
    std::vector<const Word*> words;
    Box box;
    std::string text() const;
};

// The words that can be content: not watermark letters (far larger than the body text),
// rotated text, or OCR specks (low confidence, unless they read as an id or match
// ocr.keep_word). A page's margins are not dropped: a small margin puts rows there, and
// running headers and footers are found by repetition instead (table/running_lines.h).
std::vector<Word> content_words(const Page& page, const PatternPack& pack);

// A line that carries a page number anywhere (patterns: table.furniture) is a running header
// or footer as a whole.
bool is_furniture(const Line& line, const PatternPack& pack);

// Groups words into lines by vertical overlap; lines come out top to bottom.
std::vector<Line> group_lines(const std::vector<Word>& words);
// Splits a line where the horizontal gap exceeds gap_factor times the line's typical height.
std::vector<Phrase> split_phrases(const Line& line, double gap_factor = 0.8);

double overlap(double a0, double a1, double b0, double b1);

}  // namespace occx
