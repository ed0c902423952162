#include "table/label_words.h"

#include <cctype>
#include <optional>
#include <string>

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

// The vocabulary word one substitution, deletion, insertion or swap away from word, if any.
std::optional<std::string> one_edit_away(const std::string& word, const PatternPack& pack) {
    std::string w = word;
    for (auto& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
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
    for (size_t i = 0; i <= w.size(); ++i)
        for (char c = 'a'; c <= 'z'; ++c) {
            if (i < w.size()) {
                std::string sub = w;
                sub[i] = c;
                if (sub != w && hit(sub)) return sub;
            }
            std::string ins = w.substr(0, i) + c + w.substr(i);
            if (hit(ins)) return ins;
        }
    return std::nullopt;
}

// The one vocabulary word a single changed letter makes of word, if exactly one.
std::optional<std::string> one_letter_away(const std::string& word, const PatternPack& pack) {
    std::string w = word;
    for (auto& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::optional<std::string> found;
    for (size_t i = 0; i < w.size(); ++i)
        for (char c = 'a'; c <= 'z'; ++c) {
            if (c == w[i]) continue;
            std::string sub = w;
            sub[i] = c;
            if (!pack.full_matches_any("table.header_word", sub)) continue;
            if (found && *found != sub) return std::nullopt;
            found = sub;
        }
    return found;
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
