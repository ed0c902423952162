#include "text/page_furniture.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "util/text.h"

namespace occx::plain {

namespace {

// Running headers and footers sit within a page's first and last few lines.
constexpr size_t kEdgeLines = 3;
// A line is a running header or footer when printed at an edge of at least this share of the
// pages (and of two pages at least): a row's text is not printed again page after page.
constexpr double kRunningShare = 0.5;

struct PageSpan {
    size_t begin = 0, end = 0;  // [begin, end) in lines
};

// The form feeds a line starts with: the converter's page break before it.
size_t leading_feeds(const std::string& line) {
    size_t feeds = 0;
    while (feeds < line.size() && line[feeds] == '\f') ++feeds;
    return feeds;
}

std::vector<PageSpan> pages_of(std::vector<std::string>& lines) {
    std::vector<PageSpan> pages{{0, 0}};
    for (size_t i = 0; i < lines.size(); ++i) {
        const size_t feeds = leading_feeds(lines[i]);
        if (feeds) {
            lines[i].erase(0, feeds);
            pages.back().end = i;
            pages.push_back({i, i});
        }
    }
    pages.back().end = lines.size();
    return pages;
}

// The page's first and last few non-blank lines.
std::vector<size_t> edge_lines(const std::vector<std::string>& lines, const PageSpan& page) {
    std::vector<size_t> at;
    for (size_t i = page.begin; i < page.end && at.size() < kEdgeLines; ++i)
        if (!trim(lines[i]).empty()) at.push_back(i);
    size_t tail = 0;
    for (size_t i = page.end; i > page.begin && tail < kEdgeLines; --i)
        if (!trim(lines[i - 1]).empty()) {
            if (std::find(at.begin(), at.end(), i - 1) == at.end()) at.push_back(i - 1);
            ++tail;
        }
    return at;
}

// A word of three letters or more: furniture is words ("Oxfordshire County Council"), while a
// value ("n/a", "245") may well end many pages.
constexpr size_t kWordLetters = 3;

// Ids and values are content even when repeated.
bool may_be_furniture(const std::string& line, const PatternPack& pack) {
    if (pack.matches_any("ids.priority_id", line)) return false;
    size_t run = 0;
    for (char c : line) {
        run = std::isalpha(static_cast<unsigned char>(c)) ? run + 1 : 0;
        if (run >= kWordLetters) return true;
    }
    return false;
}

bool all_digits(const std::string& t) {
    return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// The page's number: its last line, digits alone or as "Page 3 of 9".
void blank_page_number(std::vector<std::string>& lines, const PageSpan& page, const PatternPack& pack) {
    for (size_t i = page.end; i > page.begin; --i) {
        const std::string t = trim(lines[i - 1]);
        if (t.empty()) continue;
        if (all_digits(t) || pack.full_matches_any("table.furniture", t)) lines[i - 1].clear();
        return;
    }
}

}  // namespace

std::vector<int> line_pages(const std::vector<std::string>& lines) {
    std::vector<int> pages(lines.size(), 0);
    if (std::none_of(lines.begin(), lines.end(), [](const std::string& l) { return leading_feeds(l) > 0; }))
        return pages;
    int page = 1;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (leading_feeds(lines[i])) ++page;
        pages[i] = page;
    }
    return pages;
}

bool blank_page_furniture(std::vector<std::string>& lines, const PatternPack& pack) {
    const std::vector<PageSpan> pages = pages_of(lines);
    if (pages.size() < 2) return false;
    for (const auto& p : pages) blank_page_number(lines, p, pack);
    std::map<std::string, size_t> pages_with;  // edge text → pages printing it at an edge
    std::vector<std::vector<size_t>> edges;
    for (const auto& p : pages) {
        edges.push_back(edge_lines(lines, p));
        std::vector<std::string> seen;
        for (size_t i : edges.back()) seen.push_back(collapse_whitespace(lines[i]));
        std::sort(seen.begin(), seen.end());
        seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
        for (const auto& t : seen) ++pages_with[t];
    }
    const double needed = std::max(2.0, kRunningShare * static_cast<double>(pages.size()));
    for (const auto& page_edges : edges)
        for (size_t i : page_edges) {
            const std::string t = collapse_whitespace(lines[i]);
            if (static_cast<double>(pages_with[t]) >= needed && may_be_furniture(t, pack)) lines[i].clear();
        }
    return true;
}

}  // namespace occx::plain
