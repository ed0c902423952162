#include "table/split_ids.h"

#include <algorithm>

#include "normalize/fields.h"
#include "table/line.h"

namespace occx {

namespace {

// Most room between an id's two pieces, in the smaller piece's heights: a letter space is some
// 0.2, a word space 0.3 to 0.5; a gap of a column (the id cell's title) is well past it.
constexpr double kMaxPieceGap = 0.6;
// Pieces may overlap a little where OCR boxed them loosely, in the same heights.
constexpr double kMaxPieceOverlap = 0.2;
// Share of the smaller piece's height the two must share to be on one line.
constexpr double kMinSharedHeight = 0.5;

bool side_by_side(const Word& a, const Word& b) {
    const double h = std::min(a.box.height(), b.box.height());
    if (h <= 0 || a.rotation != 0 || b.rotation != 0) return false;
    const double shared = overlap(a.box.y0, a.box.y1, b.box.y0, b.box.y1);
    const double gap = b.box.x0 - a.box.x1;
    return shared >= kMinSharedHeight * h && gap >= -kMaxPieceOverlap * h && gap <= kMaxPieceGap * h;
}

// The text reads as an id, and the id reaches into its second piece (from `second`).
bool reads_as_id_into(const std::string& text, size_t second, const PatternPack& pack) {
    size_t consumed = 0;
    return leading_measure_id(text, pack, &consumed) && consumed > second;
}

Word merged(const Word& a, const Word& b) {
    Word w = a;
    w.text = a.text + b.text;
    w.box = union_box(a.box, b.box);
    w.confidence = std::min(a.confidence, b.confidence);
    return w;
}

}  // namespace

std::vector<Word> join_split_ids(const std::vector<Word>& words, const PatternPack& pack, std::vector<bool>& id_piece) {
    std::vector<Word> out;
    out.reserve(words.size());
    id_piece.clear();
    for (size_t i = 0; i < words.size(); ++i) {
        const Word& a = words[i];
        const bool pair = i + 1 < words.size() && side_by_side(a, words[i + 1]) && !leading_measure_id(a.text, pack);
        if (pair) {
            const Word& b = words[i + 1];
            if (reads_as_id_into(a.text + " " + b.text, a.text.size() + 1, pack)) {
                out.push_back(a);
                out.push_back(b);
                id_piece.insert(id_piece.end(), {true, true});
                ++i;
                continue;
            }
            if (reads_as_id_into(a.text + b.text, a.text.size(), pack)) {
                out.push_back(merged(a, b));
                id_piece.push_back(true);
                ++i;
                continue;
            }
        }
        out.push_back(a);
        id_piece.push_back(false);
    }
    return out;
}

}  // namespace occx
