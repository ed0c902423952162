#include "text/columns.h"

#include <algorithm>
#include <cctype>

#include "normalize/header_labels.h"
#include "util/text.h"

namespace occx::plain {

bool is_value_key(std::string_view key) {
    return key.rfind("period_", 0) == 0 || key.rfind("ytd_", 0) == 0;
}

bool is_status_key(std::string_view key) {
    return key == "period_status" || key == "ytd_status";
}

bool is_text_key(std::string_view key) {
    return key == "comment" || key == "improvement_plan" || key == "timeframe" ||
           key == "finance_impact" || key == "risk_impact";
}

namespace {

// The longest label a stream header runs together: "Year to Date Performance Target".
constexpr size_t kMaxLabelWords = 5;

bool is_separator(char c) {
    return std::isspace(static_cast<unsigned char>(c)) || c == ':' || c == '|' || c == '/';
}

std::vector<std::string> header_words(std::string_view text, const PatternPack& pack) {
    const std::string repaired = pack.apply_rewrites("table.label_repair", std::string(text));
    std::vector<std::string> words;
    std::string cur;
    for (char c : repaired + " ") {
        if (!is_separator(c)) {
            cur += c;
            continue;
        }
        std::string w = bare_word(cur);
        if (!w.empty()) words.push_back(w);
        cur.clear();
    }
    return words;
}

struct Vocab {
    const PatternPack& pack;
    bool filler(const std::string& w) const { return pack.full_matches_any("table.header_filler", w); }
    bool word(const std::string& w) const { return pack.full_matches_any("table.header_word", w); }
    bool group(const std::string& phrase) const {
        return pack.full_matches_any("table.group_label", label_for_rules(phrase, pack));
    }
    bool role(const std::string& w) const { return label_role(w, pack).has_value(); }
};

std::string phrase_of(const std::vector<std::string>& words, size_t from, size_t n) {
    std::string p;
    for (size_t i = from; i < from + n; ++i) p += (p.empty() ? "" : " ") + words[i];
    return p;
}

// The number of words a group label opens the phrase with ("YTD" in "YTD Target"), or 0.
size_t group_prefix(const std::vector<std::string>& words, size_t from, size_t n, const Vocab& v) {
    for (size_t m = n - 1; m > 0; --m)
        if (v.group(phrase_of(words, from, m))) return m;
    return 0;
}

// Every word of a phrase says the same column: after the group label it may open with, a word of
// no column of its own, the phrase's key, or a word whose key means the phrase's the second time
// ("RAG Indicator"); no group word later ("Risk Impact | YTD Actual" are two labels) but the
// last of a value's label ("Target YTD"); and at most one value role ("Target Actual" are two
// labels).
bool coherent(const std::vector<std::string>& words, size_t from, size_t n, const std::string& key, const Vocab& v) {
    size_t roles = 0;
    const size_t prefix = group_prefix(words, from, n, v);
    for (size_t i = from + prefix; i < from + n; ++i) {
        roles += v.role(words[i]);
        // a group word may close a value's label that no group word opened, when the label stands
        // alone ("Target YTD", "Actual this period" in a cell of their own); in a line of labels,
        // "... Actual Target YTD" ends with a status column's "YTD"
        const bool closes_alone = prefix == 0 && from == 0 && i + 1 == words.size() && is_value_key(key);
        if (v.group(words[i]) && !closes_alone) return false;
        if (v.group(words[i])) continue;
        std::string alone = column_key(words[i], v.pack);
        if (alone.empty() || alone == key) continue;
        if (v.pack.classify("table.column_again", alone).value_or("") != key) return false;
    }
    return roles <= 1;
}

// The raw label of the phrase words[from, from+n), or "" when it is none. Raw labels are a
// column key, "@period"/"@ytd" for a group heading, or "?target" for a value label that its
// group heading completes (resolve_labels).
std::string raw_label(const std::vector<std::string>& words, size_t from, size_t n, bool after_first,
                      const Vocab& v) {
    if (v.filler(words[from]) || v.filler(words[from + n - 1])) return "";
    for (size_t i = from; i < from + n; ++i)
        if (!v.word(words[i]) && !v.filler(words[i])) return "";
    const std::string phrase = phrase_of(words, from, n);
    std::string key = column_key(phrase, v.pack);
    // A label that could name the measures or a status ("Indicator") names the measures only in
    // the first column; elsewhere it is what it means under a group label (as table/header.cpp
    // reads it). "Measure" or "Description" stay the measure's.
    if (key == "measure" && after_first && is_status_key(column_key("period " + phrase, v.pack))) key = "period_status";
    const bool role_follows = from + n < words.size() && v.role(words[from + n]);
    // A group heading, unless it is a status column's whole label ("YTD" alone).
    if (v.group(phrase) && (role_follows || !is_status_key(key)))
        return column_key(phrase + " target", v.pack).rfind("ytd", 0) == 0 ? "@ytd" : "@period";
    if (key.empty() || (n > 1 && !coherent(words, from, n, key, v))) return "";
    const bool group_closes = n > 1 && from == 0 && from + n == words.size() && v.group(words[from + n - 1]);
    if (is_value_key(key) && !group_prefix(words, from, n, v) && !group_closes) return "?" + key.substr(key.find('_') + 1);
    return key;
}

}  // namespace

std::optional<std::vector<std::string>> read_labels(std::string_view text, const PatternPack& pack,
                                                    bool strict, bool after_first, size_t* unknown_words) {
    const Vocab v{pack};
    const std::vector<std::string> words = header_words(text, pack);
    // Labels are not sentences: "No risk." is a cell's text, "No." a label.
    if (strict && words.size() > 1 && !trim(text).empty() && trim(text).back() == '.') return std::nullopt;
    std::vector<std::string> labels;
    for (size_t i = 0; i < words.size();) {
        size_t taken = 0;
        for (size_t n = std::min(kMaxLabelWords, words.size() - i); n > 0 && !taken; --n) {
            std::string label = raw_label(words, i, n, after_first, v);
            if (label.empty()) continue;
            labels.push_back(label);
            after_first = true;
            taken = n;
        }
        if (taken) {
            i += taken;
            continue;
        }
        // A word of no label (a small word only counts inside one: "this measure" is prose).
        if (strict) return std::nullopt;
        if (unknown_words) ++*unknown_words;
        ++i;
    }
    return labels;
}

namespace {

// A header line OCR garbled keeps most of its words: at most this share of them may be words of
// no label ("Indicator a age wre Target Performance Actual ..."), and it must still name this
// many columns, more than a sentence about targets and actuals ever does.
constexpr double kMaxNoisyHeaderShare = 1.0 / 3.0;
constexpr size_t kMinNoisyHeaderLabels = 4;

}  // namespace

std::optional<std::vector<std::string>> read_noisy_labels(std::string_view text, const PatternPack& pack,
                                                          bool after_first) {
    size_t unknown = 0;
    auto labels = read_labels(text, pack, false, after_first, &unknown);
    const size_t words = header_words(text, pack).size();
    if (!labels || labels->size() < kMinNoisyHeaderLabels ||
        static_cast<double>(unknown) > kMaxNoisyHeaderShare * static_cast<double>(words))
        return std::nullopt;
    return labels;
}

std::vector<std::string> resolve_labels(const std::vector<std::string>& raw, const PatternPack& pack) {
    std::vector<std::string> out;
    // a key met again is another column's (table.column_again): "Target … Target" are the period's then the year's
    auto push = [&](const std::string& key) {
        std::string k = key;
        while (std::find(out.begin(), out.end(), k) != out.end()) {
            auto again = pack.classify("table.column_again", k);
            if (!again) {
                k = key;  // no other column of that meaning: kept as read
                break;
            }
            k = *again;
        }
        out.push_back(k);
    };
    std::string group = "period";
    for (const auto& label : raw) {
        if (label == "@period" || label == "@ytd") {
            group = label.substr(1);
            continue;
        }
        if (label[0] == '?') {
            push(group + "_" + label.substr(1));
            continue;
        }
        if (is_value_key(label)) group = label.substr(0, label.find('_'));
        push(label);
    }
    return out;
}

std::optional<std::vector<std::vector<std::string>>> read_header_cells(const std::vector<std::string>& cells,
                                                                       const PatternPack& pack) {
    std::vector<std::vector<std::string>> out;
    size_t count = 0;
    bool after_first = false;
    for (const auto& c : cells) {
        auto labels = read_labels(collapse_whitespace(c), pack, true, after_first);
        if (!labels) return std::nullopt;
        count += labels->size();
        after_first = after_first || !labels->empty();
        out.push_back(*labels);
    }
    if (count < 3) return std::nullopt;
    return out;
}

const std::vector<std::string>& default_value_order() {
    static const std::vector<std::string> order = {"period_actual", "period_target", "period_status",
                                                   "ytd_actual",    "ytd_target",    "ytd_status"};
    return order;
}

std::vector<std::string> value_slots(const std::vector<std::string>& order) {
    std::vector<std::string> slots;
    for (const auto& k : order)
        if (is_value_key(k) && std::find(slots.begin(), slots.end(), k) == slots.end()) slots.push_back(k);
    for (const auto& k : default_value_order())
        if (std::find(slots.begin(), slots.end(), k) == slots.end()) slots.push_back(k);
    return slots;
}

}  // namespace occx::plain
