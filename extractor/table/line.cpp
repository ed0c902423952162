#include "table/line.h"

#include <algorithm>
#include <cmath>

#include "util/text.h"

namespace occx {

Box union_box(const Box& a, const Box& b) {
    return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

double overlap(double a0, double a1, double b0, double b1) {
    return std::max(0.0, std::min(a1, b1) - std::max(a0, b0));
}

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
    return v[v.size() / 2];
}

namespace {

std::string join_words(const std::vector<const Word*>& words) {
    std::string out;
    for (const auto* w : words) {
        if (!out.empty()) out += ' ';
        out += w->text;
    }
    return out;
}

// A word belongs to a line when its middle is near the line's mean middle. Comparing with
// the mean, not the line's growing box, keeps two close lines of a header (or of a skewed
// scan) from chaining into one.
bool same_line(const Line& line, double line_center, const Box& word) {
    double typical = std::min(line.words.front()->box.height(), word.height());
    return std::abs(word.center_y() - line_center) < 0.5 * typical;
}

constexpr double kMarginShare = 0.045;       // top and bottom bands of a page hold furniture only
constexpr double kWatermarkSizeRatio = 2.5;  // words this much larger than the body are watermarks
constexpr double kMinWordConfidence = 0.3;   // OCR words below this are specks and watermark

double word_size(const Word& w) { return w.font_size > 0 ? w.font_size : w.box.height(); }

}  // namespace

std::vector<Word> content_words(const Page& page) {
    std::vector<double> sizes;
    for (const auto& w : page.words) sizes.push_back(word_size(w));
    const double body = median(sizes);
    const double top = page.height * kMarginShare, bottom = page.height * (1 - kMarginShare);
    std::vector<Word> kept;
    for (const auto& w : page.words) {
        if (w.rotation != 0 || word_size(w) > kWatermarkSizeRatio * body || w.confidence < kMinWordConfidence) continue;
        if (w.box.y1 < top || w.box.y0 > bottom) continue;
        kept.push_back(w);
    }
    return kept;
}

bool is_furniture(const Line& line, const PatternPack& pack) {
    for (const auto& p : split_phrases(line))
        if (pack.full_matches_any("table.furniture", collapse_whitespace(p.text()))) return true;
    return false;
}

std::string Line::text() const { return join_words(words); }
std::string Phrase::text() const { return join_words(words); }

std::vector<Line> group_lines(const std::vector<Word>& words) {
    std::vector<const Word*> order;
    order.reserve(words.size());
    for (const auto& w : words) order.push_back(&w);
    std::sort(order.begin(), order.end(), [](const Word* a, const Word* b) {
        return a->box.center_y() < b->box.center_y();
    });
    std::vector<Line> lines;
    std::vector<double> center_sums;
    for (const Word* w : order) {
        // Words of one line cluster in center_y, so only the last few lines can match.
        size_t target = lines.size();
        for (size_t i = lines.size(); i-- > 0 && i + 4 >= lines.size();) {
            if (same_line(lines[i], center_sums[i] / double(lines[i].words.size()), w->box)) {
                target = i;
                break;
            }
        }
        if (target == lines.size()) {
            lines.push_back(Line{{w}, w->box});
            center_sums.push_back(w->box.center_y());
            continue;
        }
        lines[target].words.push_back(w);
        lines[target].box = union_box(lines[target].box, w->box);
        center_sums[target] += w->box.center_y();
    }
    for (auto& l : lines)
        std::sort(l.words.begin(), l.words.end(),
                  [](const Word* a, const Word* b) { return a->box.x0 < b->box.x0; });
    std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.box.y0 < b.box.y0; });
    return lines;
}

std::vector<Phrase> split_phrases(const Line& line, double gap_factor) {
    std::vector<double> heights;
    for (const auto* w : line.words) heights.push_back(w->box.height());
    const double max_gap = gap_factor * median(heights);
    std::vector<Phrase> phrases;
    for (const auto* w : line.words) {
        if (phrases.empty() || w->box.x0 - phrases.back().box.x1 > max_gap) {
            phrases.push_back(Phrase{{w}, w->box});
            continue;
        }
        phrases.back().words.push_back(w);
        phrases.back().box = union_box(phrases.back().box, w->box);
    }
    return phrases;
}

}  // namespace occx
