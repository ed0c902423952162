#pragma once
// Rejoining words that a converter cut at its cell boundaries ("mor|nth" → "month"), judged
// against the words the document itself prints whole.
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace occx::plain {

class Vocabulary {
public:
    // Learns the words of the lines; words touching a tab (possibly cut) are not learnt.
    void learn(const std::vector<std::string>& lines);
    bool has(std::string_view word) const;

private:
    std::set<std::string> words_;
};

// Joins a line's cells into one text, gluing fragments of a cut word back together.
std::string join_fragments(const std::vector<std::string>& cells, const Vocabulary& vocabulary);

}  // namespace occx::plain
