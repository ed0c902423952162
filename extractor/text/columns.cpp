#include "text/columns.h"

#include <algorithm>
#include <cctype>

#include "util/text.h"

namespace occx::plain {

bool is_value_key(std::string_view key) {
    return key.rfind("period.", 0) == 0 || key.rfind("ytd.", 0) == 0;
}

bool is_status_key(std::string_view key) {
    return key == "period.status" || key == "ytd.status";
}

bool is_text_key(std::string_view key) {
    return key == "comment" || key == "improvement_plan" || key == "timeframe" ||
           key == "finance_impact" || key == "risk_impact";
}

namespace {

bool is_separator(char c) {
    return std::isspace(static_cast<unsigned char>(c)) || c == ':' || c == '|' || c == '/' || c == '-';
}

// The longest label matching at the start of rest; its length in *len.
std::optional<std::string> longest_label(std::string_view rest, const PatternPack& pack, size_t* len) {
    std::optional<std::string> best;
    size_t best_len = 0;
    for (const auto& p : pack.list("text.label")) {
        re2::StringPiece m;
        if (!p.re->Match(rest, 0, rest.size(), RE2::ANCHOR_START, &m, 1)) continue;
        // A label ends at a word boundary.
        size_t end = m.size();
        while (end > 0 && std::isspace(static_cast<unsigned char>(rest[end - 1]))) --end;
        if (end < rest.size() && std::isalnum(static_cast<unsigned char>(rest[end]))) continue;
        if (end > best_len) {
            best_len = end;
            best = p.rewrite;
        }
    }
    *len = best_len;
    return best;
}

}  // namespace

std::optional<std::vector<std::string>> read_labels(std::string_view text, const PatternPack& pack,
                                                    bool strict) {
    std::vector<std::string> labels;
    size_t i = 0;
    while (i < text.size()) {
        if (is_separator(text[i])) {
            ++i;
            continue;
        }
        size_t len = 0;
        auto label = longest_label(text.substr(i), pack, &len);
        if (label && len > 0) {
            labels.push_back(*label);
            i += len;
            continue;
        }
        if (strict) return std::nullopt;
        while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    }
    return labels;
}

std::vector<std::string> resolve_labels(const std::vector<std::string>& raw) {
    std::vector<std::string> out;
    std::string group = "period";
    for (const auto& label : raw) {
        if (label == "@period" || label == "@ytd") {
            group = label.substr(1);
            continue;
        }
        if (label[0] == '?') {
            out.push_back(group + "." + label.substr(1));
            continue;
        }
        if (is_value_key(label)) group = label.substr(0, label.find('.'));
        out.push_back(label);
    }
    return out;
}

std::optional<std::vector<std::vector<std::string>>> read_header_cells(const std::vector<std::string>& cells,
                                                                       const PatternPack& pack) {
    std::vector<std::vector<std::string>> out;
    size_t count = 0;
    for (const auto& c : cells) {
        auto labels = read_labels(collapse_whitespace(c), pack, true);
        if (!labels) return std::nullopt;
        count += labels->size();
        out.push_back(*labels);
    }
    if (count < 3) return std::nullopt;
    return out;
}

const std::vector<std::string>& default_value_order() {
    static const std::vector<std::string> order = {"period.actual", "period.target", "period.status",
                                                   "ytd.actual",    "ytd.target",    "ytd.status"};
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
