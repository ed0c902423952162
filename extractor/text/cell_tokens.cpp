#include "text/cell_tokens.h"

#include <algorithm>
#include <cctype>

#include "normalize/fields.h"
#include "normalize/value_parser.h"
#include "util/text.h"

namespace occx::plain {

bool is_rule_mark(const std::string& tok, const PatternPack& pack) {
    std::string rest = tok;
    RE2::GlobalReplace(&rest, pack.one("text.rule_mark"), "");
    for (char c : rest)
        if (std::isalnum(static_cast<unsigned char>(c))) return false;
    return true;
}

bool is_value_token(const std::string& tok, const PatternPack& pack) {
    auto v = parse_value(tok, pack);
    return v && v->kind != ValueKind::text;
}

bool is_status_token(const std::string& tok, const PatternPack& pack) {
    auto v = parse_value(tok, pack);
    return parse_status(tok, pack) && (!v || v->kind == ValueKind::text || v->kind == ValueKind::not_applicable ||
                                       v->kind == ValueKind::not_reported);
}

// A page number printed on a line of its own.
bool is_page_number(const std::string& line) {
    std::string t = trim(line);
    return !t.empty() && t.size() <= 3 && std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// A line's tokens; two money cells that OCR merged into one token ("£21,262,0/£21,300,0") are split.
std::vector<std::string> tokens_of(const std::string& line) {
    std::vector<std::string> out;
    for (const auto& t : split(collapse_whitespace(line), ' ')) {
        size_t second = t.find("£", 1);
        if (t.rfind("£", 0) == 0 && second != std::string::npos) {
            std::string first = t.substr(0, second);
            while (!first.empty() && (first.back() == '/' || first.back() == '|')) first.pop_back();
            out.push_back(first);
            out.push_back(t.substr(second));
        } else if (!t.empty()) {
            out.push_back(t);
        }
    }
    return out;
}

std::vector<std::string> value_tokens(const std::string& line, const PatternPack& pack) {
    std::vector<std::string> out;
    for (const auto& t : tokens_of(line))
        if (!is_rule_mark(t, pack)) out.push_back(t);
    return out;
}

// Splits the value tokens off the end of a line: "... in July 8,936 6,800" → run {8,936, 6,800}.
std::vector<std::string> take_trailing_values(std::string& line, const PatternPack& pack) {
    auto toks = tokens_of(line);
    std::vector<std::string> run;
    size_t keep = toks.size();
    while (keep > 0) {
        const std::string& t = toks[keep - 1];
        if (is_rule_mark(t, pack)) {
            --keep;
            continue;
        }
        if (!is_value_token(t, pack)) break;
        run.insert(run.begin(), t);
        --keep;
    }
    toks.resize(keep);
    line = join(toks, " ");
    return run;
}

// Splits up to max value tokens off the start of a line.
std::vector<std::string> take_leading_values(std::string& line, size_t max, const PatternPack& pack) {
    auto toks = tokens_of(line);
    std::vector<std::string> run;
    size_t i = 0;
    for (; i < toks.size() && run.size() < max; ++i) {
        if (is_rule_mark(toks[i], pack)) continue;
        if (!is_value_token(toks[i], pack)) break;
        run.push_back(toks[i]);
    }
    line = join(std::vector<std::string>(toks.begin() + static_cast<long>(i), toks.end()), " ");
    return run;
}

bool only_values(const std::string& line, const PatternPack& pack) {
    auto toks = split(collapse_whitespace(line), ' ');
    bool any = false;
    for (const auto& t : toks) {
        if (t.empty() || is_rule_mark(t, pack)) continue;
        if (!is_value_token(t, pack)) return false;
        any = true;
    }
    return any;
}

std::string without_rule_marks(const std::string& text, const PatternPack& pack) {
    std::vector<std::string> keep;
    for (const auto& t : split(collapse_whitespace(text), ' '))
        if (!t.empty() && !is_rule_mark(t, pack)) keep.push_back(t);
    std::string out = join(keep, " ");
    RE2::GlobalReplace(&out, pack.one("text.rule_mark"), " ");
    return collapse_whitespace(out);
}

// Splits text at the table rules OCR read as characters (| [ ] =).
std::vector<std::string> split_at_rules(const std::string& text, const PatternPack& pack) {
    std::string marked = text;
    RE2::GlobalReplace(&marked, pack.one("text.rule_mark"), "\x1f");
    std::vector<std::string> parts;
    for (const auto& p : split(marked, '\x1f')) parts.push_back(collapse_whitespace(p));
    return parts;
}

}  // namespace occx::plain
