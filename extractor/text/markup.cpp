#include "text/markup.h"

#include <algorithm>

#include <array>
#include <cctype>

#include "normalize/fields.h"
#include "util/text.h"

namespace occx::plain {

namespace {

// Tags that end a paragraph in converters' HTML.
bool is_break_tag(std::string_view tag) {
    std::string t = to_lower_ascii(tag);
    for (const char* name : {"p", "/p", "br", "br/", "br /", "li", "/li", "ul", "/ul", "ol", "/ol", "div", "/div"})
        if (t == name || t.rfind(std::string(name) + " ", 0) == 0) return true;
    return false;
}

// Removes HTML tags; paragraph-level tags become '\n'.
std::string strip_tags(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '<') {
            size_t close = s.find('>', i);
            std::string_view tag = close == std::string_view::npos ? std::string_view{} : s.substr(i + 1, close - i - 1);
            bool looks_like_tag = !tag.empty() && tag.size() < 80 &&
                                  (std::isalpha(static_cast<unsigned char>(tag[0])) || tag[0] == '/');
            if (looks_like_tag) {
                if (is_break_tag(tag)) out.push_back('\n');
                i = close;
                continue;
            }
        }
        out.push_back(s[i]);
    }
    return out;
}

std::string decode_entities(std::string s) {
    static const std::array<std::pair<const char*, const char*>, 8> entities = {{
        {"&nbsp;", " "}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""},
        {"&#39;", "'"}, {"&apos;", "'"}, {"&pound;", "£"}, {"&amp;", "&"}}};
    for (const auto& [from, to] : entities)
        for (size_t pos; (pos = s.find(from)) != std::string::npos;) s.replace(pos, std::string(from).size(), to);
    return s;
}

std::string drop_markup(std::string s, const PatternPack& pack) {
    for (const auto& p : pack.list("text.markup_drop")) RE2::GlobalReplace(&s, *p.re, "");
    return pack.apply_rewrites("text.markup", s);
}

}  // namespace

std::string tidy_paragraphs(std::string_view text) {
    std::vector<std::string> paragraphs;
    for (const auto& p : split(text, '\n')) {
        std::string c = collapse_whitespace(p);
        if (!c.empty()) paragraphs.push_back(c);
    }
    return join(paragraphs, "\n");
}

std::string strip_markup(std::string_view cell, const PatternPack& pack) {
    std::string s = decode_entities(strip_tags(cell));
    std::vector<std::string> paragraphs;
    for (const auto& p : split(s, '\n')) {
        std::string c = collapse_whitespace(drop_markup(collapse_whitespace(p), pack));
        if (!c.empty()) paragraphs.push_back(c);
    }
    return join(paragraphs, "\n");
}

std::vector<std::string> split_cells(std::string_view line, const PatternPack& pack) {
    std::vector<std::string> cells;
    for (const auto& c : split(line, '\t')) cells.push_back(strip_markup(c, pack));
    return cells;
}

namespace {

// Pieces of a word shorter than this are too common to say they came from the watermark.
constexpr size_t kMinWatermarkPiece = 2;

bool is_piece_of_any(const std::string& word, const std::vector<std::string>& whole) {
    if (word.size() < kMinWatermarkPiece) return false;
    return std::any_of(whole.begin(), whole.end(),
                       [&](const std::string& w) { return w.find(word) != std::string::npos; });
}

}  // namespace

bool is_watermark(std::string_view text, const PatternPack& pack) {
    std::string t = collapse_whitespace(text);
    if (t.empty() || parse_status(t, pack)) return false;
    // the entry is the watermark's words themselves: its pattern's text, not a pattern to run
    const std::vector<std::string> whole = split(pack.list("text.watermark_text").front().re->pattern(), ' ');
    const auto words = split(t, ' ');
    return std::all_of(words.begin(), words.end(), [&](const std::string& w) { return is_piece_of_any(w, whole); });
}

void append_text(std::string& cell, std::string_view more, char sep) {
    if (more.empty()) return;
    if (!cell.empty()) cell.push_back(sep);
    cell += more;
}

}  // namespace occx::plain
