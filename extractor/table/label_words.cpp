#include "table/label_words.h"

#include <cctype>
#include <optional>
#include <string>

#include "util/text.h"

namespace occx {

namespace {

// A line is worth repairing when this share of its words already are header words: a header
// line with a garbled label or two, not prose.
constexpr double kNearHeaderShare = 0.4;
// Words this long take any one edit. Shorter ones have too many one-letter neighbours in the
// vocabulary ("Rat" → "RAG"?)...
constexpr size_t kMinRepairLength = 5;
// ...but a word of this many letters still takes one changed letter where only one vocabulary
// word is that near ("jate" → "Date"): OCR misreads a letter far more often than it adds or
// drops one in a short word.
constexpr size_t kMinSubstitutionLength = 4;

bool all_letters(const std::string& s) {
    for (unsigned char c : s)
        if (!std::isalpha(c)) return false;
    return true;
}

bool is_header_word(const std::string& s, const PatternPack& pack) {
    return pack.full_matches_any("table.header_word", s) || pack.full_matches_any("table.header_filler", s);
}

// Hands take, one by one, each word that changing one letter of w makes or, with inserts, adding
// one: place by place (after the last letter too), 'a' to 'z' at each, the changed letter before
// the added one. Stops at the first word take accepts, and says whether it did.
template <typename Take>
bool each_letter_edit(const std::string& w, bool inserts, Take take) {
    for (size_t i = 0; i <= w.size(); ++i)
        for (char c = 'a'; c <= 'z'; ++c) {
            if (i < w.size() && c != w[i]) {
                std::string sub = w;
                sub[i] = c;
                if (take(sub)) return true;
            }
            if (inserts && take(w.substr(0, i) + c + w.substr(i))) return true;
        }
    return false;
}

// The vocabulary word one substitution, deletion, insertion or swap away from word, if any.
std::optional<std::string> one_edit_away(const std::string& word, const PatternPack& pack) {
    const std::string w = to_lower_ascii(word);
    auto hit = [&](const std::string& cand) { return pack.full_matches_any("table.header_word", cand); };
    for (size_t i = 0; i < w.size(); ++i) {
        std::string del = w.substr(0, i) + w.substr(i + 1);
        if (hit(del)) return del;
        if (i + 1 < w.size()) {
            std::string swapped = w;
            std::swap(swapped[i], swapped[i + 1]);
            if (hit(swapped)) return swapped;
        }
    }
    std::optional<std::string> found;
    each_letter_edit(w, true, [&](const std::string& cand) {
        if (hit(cand)) found = cand;
        return found.has_value();
    });
    return found;
}

// The one vocabulary word a single changed letter makes of word, if exactly one.
std::optional<std::string> one_letter_away(const std::string& word, const PatternPack& pack) {
    std::optional<std::string> found;
    const bool ambiguous = each_letter_edit(to_lower_ascii(word), false, [&](const std::string& sub) {
        if (!pack.full_matches_any("table.header_word", sub)) return false;
        if (found && *found != sub) return true;
        found = sub;
        return false;
    });
    return ambiguous ? std::nullopt : found;
}

std::string in_case_of(const std::string& repaired, const std::string& original) {
    std::string out = repaired;
    if (!original.empty() && std::isupper(static_cast<unsigned char>(original[0])))
        out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

bool near_header(const Line& line, const PatternPack& pack) {
    size_t hits = 0;
    for (const auto* w : line.words) hits += is_header_word(w->text, pack);
    return !line.words.empty() && hits >= kNearHeaderShare * double(line.words.size());
}

}  // namespace

void repair_header_words(std::vector<Word>& words, const std::vector<Line>& lines, const Page& page,
                         const PatternPack& pack) {
    if (page.method != PageMethod::ocr || words.empty() || !pack.has("table.header_word")) return;
    for (const auto& line : lines) {
        if (!near_header(line, pack)) continue;
        for (const Word* w : line.words) {
            if (w->text.size() < kMinSubstitutionLength || !all_letters(w->text) || is_header_word(w->text, pack))
                continue;
            auto fixed = w->text.size() >= kMinRepairLength ? one_edit_away(w->text, pack) : one_letter_away(w->text, pack);
            if (fixed) {
                Word& mutable_word = words[static_cast<size_t>(w - words.data())];
                mutable_word.text = in_case_of(*fixed, w->text);
            }
        }
    }
}

}  // namespace occx
