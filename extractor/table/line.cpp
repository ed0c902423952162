#include "table/line.h"

#include <algorithm>
#include <cmath>

#include "normalize/fields.h"
#include "table/split_ids.h"
#include "util/text.h"

namespace occx {

double overlap(double a0, double a1, double b0, double b1) {
    return std::max(0.0, std::min(a1, b1) - std::max(a0, b0));
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
// scan) from chaining into one. The reach is half the line's mean word height, or half the
// word's when the word is taller: a dash OCR boxed a point high must neither start a line of
// its own nor be the yardstick for the words after it.
bool same_line(double line_center, double line_height, double word_center, double word_height) {
    return std::abs(word_center - line_center) < 0.5 * std::max(line_height, word_height);
}

// OCR boxes a word together with a ruling it touches, two or three times its text's height;
// past this share of the page's median word height, a word's height counts as only that.
constexpr double kTallWordRatio = 1.5;

constexpr double kWatermarkSizeRatio = 2.5;  // words this much larger than the body are watermarks
constexpr double kMinWordConfidence = 0.3;   // OCR words below this are specks and watermark

// A letter's mean advance is about half its text's height, so an OCR'd word's width per letter
// implies its size whatever ruling or tinted cell OCR boxed with it (which only adds height).
constexpr double kSizePerLetterWidth = 2.0;
// Below this many letters a word's width says little of its size (an I is narrow, a W wide).
constexpr size_t kMinLettersForWidth = 3;
// OCR also reads specks of a tinted cell as letters, boxed as tall as the cell: a tall word
// counts by its letters only when OCR is at least this sure of them.
constexpr double kSureOfTallWord = 0.8;

// A word's size: its font's where the input says, else its box's height; on an OCR'd page, the
// smaller of that and what a sure word's width implies. A tall box of ordinary letters (a header
// cell's label) is no watermark.
double word_size(const Word& w, bool ocr) {
    if (w.font_size > 0) return w.font_size;
    const size_t letters = utf8_length(w.text);
    if (!ocr || letters < kMinLettersForWidth || w.confidence < kSureOfTallWord) return w.box.height();
    return std::min(w.box.height(), kSizePerLetterWidth * w.box.width() / double(letters));
}

}  // namespace

namespace {

// A measure or priority id is what rows are found by, and OCR is least sure of exactly these
// words (O read for 0, a border glued on): such a word is kept whatever its confidence or box, as
// is one that only begins like an id (ids.id_head), and any the pack names (ocr.keep_word: words
// with repairs, such as Cllr).
bool kept_however_unsure(const Word& w, const PatternPack& pack) {
    return find_measure_id(w.text, pack) || RE2::FullMatch(w.text, pack.one("ids.priority_id")) ||
           (pack.has("ids.id_head") && RE2::FullMatch(w.text, pack.one("ids.id_head"))) ||
           (pack.has("ocr.keep_word") && pack.full_matches_any("ocr.keep_word", w.text));
}

}  // namespace

std::vector<Word> content_words(const Page& page, const PatternPack& pack) {
    const bool ocr = page.method == PageMethod::ocr;
    // only OCR splits ids; a text layer's words are read where they are, not copied
    std::vector<bool> id_piece;
    std::vector<Word> joined;
    if (ocr) joined = join_split_ids(page.words, pack, id_piece);
    const std::vector<Word>& words = ocr ? joined : page.words;
    id_piece.resize(words.size(), false);
    std::vector<double> sizes;
    for (const auto& w : words) sizes.push_back(word_size(w, ocr));
    const double body = median(sizes);
    std::vector<Word> kept;
    for (size_t i = 0; i < words.size(); ++i) {
        const Word& w = words[i];
        if (w.rotation != 0) continue;
        const bool watermark = sizes[i] > kWatermarkSizeRatio * body;
        const bool unsure = w.confidence < kMinWordConfidence;
        // an id is never a watermark, however tall the cell OCR boxed it with
        if ((watermark || unsure) && !id_piece[i] && !kept_however_unsure(w, pack)) continue;
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
    std::vector<double> heights;
    for (const Word* w : order) heights.push_back(w->box.height());
    const double tallest = kTallWordRatio * median(heights);
    std::vector<Line> lines;
    std::vector<double> center_sums, height_sums;
    for (const Word* w : order) {
        const double height = std::min(w->box.height(), tallest);
        // Words of one line cluster in center_y, so only the last few lines can match.
        size_t target = lines.size();
        for (size_t i = lines.size(); i-- > 0 && i + 4 >= lines.size();) {
            const double n = double(lines[i].words.size());
            if (same_line(center_sums[i] / n, height_sums[i] / n, w->box.center_y(), height)) {
                target = i;
                break;
            }
        }
        if (target == lines.size()) {
            lines.push_back(Line{{w}, w->box});
            center_sums.push_back(w->box.center_y());
            height_sums.push_back(height);
            continue;
        }
        lines[target].words.push_back(w);
        lines[target].box = union_box(lines[target].box, w->box);
        center_sums[target] += w->box.center_y();
        height_sums[target] += height;
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
