#include "normalize/header_labels.h"

#include <cctype>

#include "util/text.h"

namespace occx {

std::string bare_word(std::string_view word) {
    size_t b = 0, e = word.size();
    while (b < e && std::ispunct(static_cast<unsigned char>(word[b]))) ++b;
    while (e > b && std::ispunct(static_cast<unsigned char>(word[e - 1]))) --e;
    return std::string(word.substr(b, e - b));
}

std::string label_for_rules(std::string_view label, const PatternPack& pack) {
    std::string t = pack.apply_rewrites("table.label_repair", std::string(label));
    for (auto& ch : t) {
        unsigned char u = static_cast<unsigned char>(ch);
        ch = std::ispunct(u) && ch != '&' && ch != '-' ? ' ' : static_cast<char>(std::tolower(u));
    }
    return collapse_whitespace(t);
}

std::string column_key(std::string_view label, const PatternPack& pack) {
    return pack.classify("table.column", label_for_rules(label, pack)).value_or("");
}

std::optional<std::string> label_role(std::string_view word, const PatternPack& pack) {
    return pack.classify("table.label_role", bare_word(word));
}

}  // namespace occx
