#pragma once
// A watermark set across the page comes out of a converter (or OCR) as its letters, one or two
// to a word, laid among the header's labels and the cells: capitals that no label, unit or
// trend is printed as.
#include <algorithm>
#include <cstddef>
#include <string_view>

namespace occx {

// Letters of a watermark's piece: a capital or two.
inline constexpr size_t kMaxStrayLetters = 2;

inline bool is_stray_capitals(std::string_view word) {
    return !word.empty() && word.size() <= kMaxStrayLetters &&
           std::all_of(word.begin(), word.end(), [](unsigned char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace occx
