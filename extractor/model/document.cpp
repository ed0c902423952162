#include "model/document.h"

#include "util/stats.h"

namespace occx {

double median_word_height(const std::vector<Word>& words) {
    std::vector<double> heights;
    heights.reserve(words.size());
    for (const auto& w : words) heights.push_back(w.box.height());
    return median(std::move(heights));
}

}  // namespace occx
