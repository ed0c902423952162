#include "model/document.h"

#include <algorithm>

namespace occx {

double median_word_height(const std::vector<Word>& words) {
    std::vector<double> heights;
    heights.reserve(words.size());
    for (const auto& w : words) heights.push_back(w.box.height());
    if (heights.empty()) return 0;
    std::nth_element(heights.begin(), heights.begin() + long(heights.size() / 2), heights.end());
    return heights[heights.size() / 2];
}

}  // namespace occx
