#include "archive/series.h"

#include <cctype>

#include "util/text.h"

namespace occx {

namespace {

bool is_word_byte(unsigned char c) { return std::isalnum(c) || c == '%' || c >= 0x80; }

}  // namespace

std::set<std::string> TitleComparer::tokens(const std::string& title) const {
    auto it = tokens_.find(title);
    if (it == tokens_.end()) it = tokens_.emplace(title, read_tokens(title)).first;
    return it->second;
}

std::set<std::string> TitleComparer::read_tokens(const std::string& title) const {
    std::string text = collapse_whitespace(title);
    if (pack_.has("series.title_qualifier")) text = pack_.apply_rewrites("series.title_qualifier", text);
    text = to_lower_ascii(text);
    std::set<std::string> out;
    std::string word;
    auto flush = [&] {
        if (!word.empty() && !(pack_.has("series.stop_word") && pack_.full_matches_any("series.stop_word", word)))
            out.insert(word);
        word.clear();
    };
    for (unsigned char c : text) {
        if (is_word_byte(c)) word += static_cast<char>(c);
        else flush();
    }
    flush();
    return out;
}

double jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
    if (a.empty() && b.empty()) return 1.0;
    size_t common = 0;
    for (const auto& w : a) common += b.count(w);
    return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

bool TitleComparer::continues(const std::string& a, const std::string& b) const {
    if (same_measure(a, b)) return true;
    const auto ta = tokens(a), tb = tokens(b);
    if (ta.empty() || tb.empty()) return true;  // nothing to tell them apart by
    const auto& small = ta.size() <= tb.size() ? ta : tb;
    const auto& large = ta.size() <= tb.size() ? tb : ta;
    for (const auto& w : small)
        if (!large.count(w)) return false;
    return true;
}

bool TitleComparer::partial_title(const Record& r) const {
    if (!pack_.has("series.partial_title_warning")) return false;
    for (const auto& w : r.warnings)
        if (pack_.matches_any("series.partial_title_warning", w)) return true;
    return false;
}

double TitleComparer::similarity(const std::string& a, const std::string& b) const {
    return jaccard(tokens(a), tokens(b));
}

std::vector<Series> split_series(const std::vector<StoredObservation>& observations,
                                 const TitleComparer& titles) {
    std::vector<Series> out;
    std::string last_title;  // the current series' latest title: gradual rewording stays one series
    for (const auto& o : observations) {
        const std::string title = titles.partial_title(o.record) ? "" : o.record.title.value_or("");
        const bool breaks = !out.empty() && !title.empty() && !last_title.empty() &&
                            !titles.continues(last_title, title);
        if (out.empty() || breaks) {
            Series s;
            s.number = static_cast<int>(out.size()) + 1;
            out.push_back(std::move(s));
        }
        Series& current = out.back();
        if (current.title.empty()) current.title = title;
        if (!title.empty()) last_title = title;
        current.observations.push_back(o);
    }
    return out;
}

}  // namespace occx
