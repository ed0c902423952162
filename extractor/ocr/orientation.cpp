#include "ocr/orientation.h"

#include <algorithm>
#include <cctype>

#include "ocr/deskew.h"

namespace occx {

namespace {

// Orientation is judged at this resolution: letters are still readable, four readings cheap.
constexpr double kSampleDpi = 150;
// The sample is a square of this size (inches), the page's densest in dark pixels.
constexpr double kSampleInches = 3.5;
constexpr int kMinTextRunLength = 3;

int alphanumerics(const std::string& s) {
    return int(std::count_if(s.begin(), s.end(), [](unsigned char c) { return std::isalnum(c); }));
}

bool is_dark(const unsigned char* p) { return int(p[0]) + p[1] + p[2] < 3 * 128; }

// Dark pixels per cell of a grid over img, cells of cell×cell pixels.
std::vector<int> ink_grid(const RgbImage& img, int cell, int cols, int rows) {
    std::vector<int> grid(size_t(cols) * rows, 0);
    for (int y = 0; y < rows * cell && y < img.height; ++y)
        for (int x = 0; x < cols * cell && x < img.width; ++x)
            if (is_dark(img.at(x, y))) ++grid[size_t(y / cell) * cols + x / cell];
    return grid;
}

// The side×side square of img with the most dark pixels (positions on a coarse grid).
Box densest_square(const RgbImage& img, int side) {
    const int cell = std::max(1, side / 8), span = side / cell;
    const int cols = img.width / cell, rows = img.height / cell;
    const std::vector<int> grid = ink_grid(img, cell, cols, rows);
    Box best{0, 0, double(std::min(side, img.width)), double(std::min(side, img.height))};
    long best_ink = -1;
    for (int r = 0; r + span <= rows; ++r) {
        for (int c = 0; c + span <= cols; ++c) {
            long ink = 0;
            for (int i = 0; i < span; ++i)
                for (int j = 0; j < span; ++j) ink += grid[size_t(r + i) * cols + c + j];
            if (ink > best_ink) {
                best_ink = ink;
                best = {double(c * cell), double(r * cell), double((c + span) * cell), double((r + span) * cell)};
            }
        }
    }
    return best;
}

RgbImage crop(const RgbImage& img, const Box& b) {
    RgbImage out;
    out.width = int(b.width());
    out.height = int(b.height());
    out.pixels.resize(size_t(out.width) * out.height * 3);
    for (int y = 0; y < out.height; ++y)
        std::copy_n(img.at(int(b.x0), int(b.y0) + y), 3 * size_t(out.width), &out.pixels[3 * size_t(y) * out.width]);
    return out;
}

// Enough words, read confidently on average.
bool reads_clearly(const std::vector<Word>& words) {
    double sum = 0;
    int n = 0;
    for (const Word& w : words) {
        if (alphanumerics(w.text) < kMinTextRunLength) continue;
        sum += w.confidence;
        ++n;
    }
    return n >= kMinWordsForOrientation && sum / n >= kUprightMeanConfidence;
}

}  // namespace

double reading_score(const std::vector<Word>& words) {
    double score = 0;
    for (const Word& w : words) {
        const int n = alphanumerics(w.text);
        if (n >= kMinTextRunLength) score += w.confidence * n;
    }
    return score;
}

bool reads_upright(const std::vector<Word>& words) {
    // Few words is no proof: a sideways table page can yield a few dozen words of junk.
    return reads_clearly(words);
}

int detect_quarter_turns(TesseractEngine& engine, const RgbImage& img, double dpi) {
    const double reduce = std::min(1.0, kSampleDpi / dpi);
    const RgbImage small = reduce < 1 ? scale_image(img, reduce) : img;
    const double small_dpi = dpi * reduce;
    const int side = std::min({small.width, small.height, int(kSampleInches * small_dpi)});
    if (side <= 0) return 0;
    const RgbImage sample = crop(small, densest_square(small, side));
    // Upside down is the commonest mistake in a scanner's feeder, so it is tried first; a
    // turn whose words read upright ends the search.
    double scores[4] = {0, 0, 0, 0};
    for (int q : {0, 2, 1, 3}) {
        const std::vector<Word> words = engine.read_words(rotate_quarter_turns(sample, q), small_dpi);
        scores[q] = reading_score(words);
        if (reads_clearly(words) && (q == 0 || scores[q] >= kMinTurnAdvantage * scores[0])) return q;
    }
    const int best = int(std::max_element(scores, scores + 4) - scores);
    return best != 0 && scores[best] >= kMinTurnAdvantage * scores[0] ? best : 0;
}

}  // namespace occx
