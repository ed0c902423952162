#include "table/line.h"

#include <algorithm>

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

// A word belongs to a line when their vertical extents overlap by most of the smaller one.
bool same_line(const Box& line, const Box& word) {
    double shared = overlap(line.y0, line.y1, word.y0, word.y1);
    return shared >= 0.5 * std::min(line.height(), word.height());
}

}  // namespace

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
    for (const Word* w : order) {
        // Words of one line cluster in center_y, so only the last few lines can match.
        Line* target = nullptr;
        for (size_t i = lines.size(); i-- > 0 && i + 4 >= lines.size();) {
            if (same_line(lines[i].box, w->box)) {
                target = &lines[i];
                break;
            }
        }
        if (!target) {
            lines.push_back(Line{{w}, w->box});
            continue;
        }
        target->words.push_back(w);
        target->box = union_box(target->box, w->box);
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
