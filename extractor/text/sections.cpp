#include "text/sections.h"

#include <cctype>

#include "normalize/report_meta.h"
#include "normalize/value_parser.h"
#include "text/markup.h"
#include "util/text.h"

namespace occx::plain {

std::string first_cell(const std::string& line, const PatternPack& pack) {
    return strip_markup(line.substr(0, line.find('\t')), pack);
}

std::optional<MeasureId> row_start_id(const std::string& cell, const PatternPack& pack, size_t* consumed) {
    size_t used = 0;
    auto id = leading_measure_id(cell, pack, &used);
    if (!id) id = leading_spaced_measure_id(cell, pack, &used);
    if (!id) return std::nullopt;
    // The id must stand alone: "OCC01.02 Total", not "OCC01.025".
    if (used < cell.size() && std::isalnum(static_cast<unsigned char>(cell[used]))) return std::nullopt;
    if (consumed) *consumed = used;
    return id;
}

namespace {

// A banner title loses stray marks the converter read after it (a status letter, a quote).
std::string drop_trailing_marks(const std::string& title) {
    auto words = split(title, ' ');
    while (words.size() > 1 && words.back().size() <= 1) words.pop_back();
    return join(words, " ");
}

bool starts_lower(const std::string& s) {
    return !s.empty() && std::islower(static_cast<unsigned char>(s[0]));
}

std::string next_text_line(const std::vector<std::string>& lines, size_t i, const PatternPack& pack, size_t* at) {
    for (size_t j = i + 1; j < lines.size() && j < i + 3; ++j) {
        std::string t = first_cell(lines[j], pack);
        if (!t.empty()) {
            *at = j;
            return t;
        }
    }
    return {};
}

// Marks a section heading and its introduction, up to the "Status of Indicators" line.
void mark_introduction(const std::vector<std::string>& lines, size_t heading, const PatternPack& pack,
                       std::vector<bool>& outside) {
    for (size_t j = heading; j < lines.size() && j < heading + 20; ++j) {
        if (pack.matches_any("text.section_intro", lines[j])) {
            for (size_t k = heading; k <= j; ++k) outside[k] = true;
            return;
        }
        if (j > heading && row_start_id(first_cell(lines[j], pack), pack)) break;
    }
    outside[heading] = true;
}

// "## Heading": marks, a space, words. A "#" alone is a Unit column's cell (a count).
bool is_markdown_heading(const std::string& line) {
    size_t marks = line.find_first_not_of('#');
    return marks > 0 && marks != std::string::npos && line[marks] == ' ' && !trim(line.substr(marks)).empty();
}

bool ends_with_value(const std::string& line, const PatternPack& pack) {
    auto words = split(collapse_whitespace(line), ' ');
    if (words.empty()) return false;
    auto v = parse_value(words.back(), pack);
    return v && v->kind != ValueKind::text;
}

// The introduction printed above a "Status of Indicators" line: the non-table lines up to the
// previous row's end (a table line, a value, or a wide gap of blank lines).
void mark_introduction_above(const std::vector<std::string>& lines, size_t status_line, const PatternPack& pack,
                             std::vector<bool>& outside) {
    size_t blanks = 0;
    bool any = false;
    for (size_t j = status_line; j-- > 0 && status_line - j < 25;) {
        const std::string& l = lines[j];
        if (trim(l).empty()) {
            if (any && ++blanks >= 2) return;
            continue;
        }
        blanks = 0;
        if (l.find('\t') != std::string::npos || ends_with_value(l, pack) ||
            row_start_id(first_cell(l, pack), pack))
            return;
        outside[j] = true;
        any = true;
    }
}

}  // namespace

Sections read_sections(const std::vector<std::string>& lines, const PatternPack& pack) {
    Sections s;
    s.outside_rows.assign(lines.size(), false);
    for (size_t i = 0; i < lines.size(); ++i) {
        std::string cell = first_cell(lines[i], pack);
        if (pack.matches_any("text.section_intro", cell)) {
            s.outside_rows[i] = true;
            mark_introduction_above(lines, i, pack, s.outside_rows);
        }
        if (is_markdown_heading(lines[i])) s.outside_rows[i] = true;
        auto banner = parse_priority_banner(cell, pack);
        if (!banner) continue;
        s.outside_rows[i] = true;
        std::string title = drop_trailing_marks(banner->title);
        size_t at = 0;
        std::string next = next_text_line(lines, i, pack, &at);
        if (starts_lower(next) && next.size() < 80) {
            title += " " + next;
            s.outside_rows[at] = true;
        }
        s.titles.emplace(banner->priority_id, title);
    }
    s.priority_at.assign(lines.size(), "");
    std::string current;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (auto banner = parse_priority_banner(first_cell(lines[i], pack), pack)) current = banner->priority_id;
        s.priority_at[i] = current;
    }
    // Section headings repeat a priority's title on a line of their own.
    for (size_t i = 0; i < lines.size(); ++i) {
        std::string cell = collapse_whitespace(first_cell(lines[i], pack));
        if (cell.empty() || s.outside_rows[i]) continue;
        for (const auto& [id, title] : s.titles)
            if (title.size() >= 8 && cell == title) mark_introduction(lines, i, pack, s.outside_rows);
    }
    return s;
}

}  // namespace occx::plain
