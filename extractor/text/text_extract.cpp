#include "text/text_extract.h"

#include <algorithm>

#include "normalize/fields.h"
#include "normalize/report_meta.h"
#include "text/block_rows.h"
#include "text/cabinet_parser.h"
#include "text/page_furniture.h"
#include "text/sections.h"
#include "text/stream_rows.h"
#include "text/tab_rows.h"
#include "util/error.h"
#include "util/text.h"

namespace occx {

using namespace plain;

namespace {

// Converters print no-break spaces between words (pdftotext); patterns expect plain ones.
// One pass: replacing in place would move the rest of the text at each one.
std::string plain_spaces(std::string_view text) {
    std::string s;
    s.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
            s += ' ';
            ++i;
        } else {
            s += text[i];
        }
    }
    return s;
}

// Cells joined by tabs, empty ones kept (util's join drops them).
std::string join_cells(const std::vector<std::string>& cells) {
    std::string out;
    for (size_t i = 0; i < cells.size(); ++i) out += (i ? "\t" : "") + cells[i];
    return out;
}

// A markdown pipe-table row ("| a | b |") as tab-separated cells; its rule row ("|---|:--|") as
// an empty line.
std::string pipe_row_as_cells(const std::string& line) {
    std::string t = trim(line);
    if (t.size() < 2 || t.front() != '|' || t.back() != '|' || std::count(t.begin(), t.end(), '|') < 3) return line;
    if (t.find_first_not_of("|-: ") == std::string::npos) return "";
    std::vector<std::string> cells;
    for (const auto& c : split(t.substr(1, t.size() - 2), '|')) cells.push_back(trim(c));
    return join_cells(cells);
}

std::vector<std::string> text_lines(const std::string& text) {
    std::vector<std::string> lines = split(text, '\n');
    for (auto& l : lines) {
        if (!l.empty() && l.back() == '\r') l.pop_back();
        l = pipe_row_as_cells(l);
    }
    return lines;
}

// Table converters keep cells apart with tabs; pdftotext and OCR leave only spaces and lines.
bool rows_are_tabbed(const std::vector<std::string>& lines, const PatternPack& pack) {
    int tabbed = 0, plain = 0;
    for (const auto& l : lines) {
        if (!row_start_id(first_cell(l, pack), pack)) continue;
        (l.find('\t') != std::string::npos ? tabbed : plain)++;
    }
    return tabbed > plain;
}

// Every id that starts a line (its first cell) is noted for the document's coverage, so that no
// row is lost unsaid; one OCR garbled past
// reading ("OCcOLO4", "occog.01") is noted as printed, unless the line is a priority banner.
std::vector<SeenId> row_start_ids(const std::vector<std::string>& lines, const std::vector<int>& pages,
                                  const PatternPack& pack) {
    std::vector<SeenId> seen;
    for (size_t i = 0; i < lines.size(); ++i) {
        const std::string cell = first_cell(lines[i], pack);
        const int line = static_cast<int>(i + 1);
        if (auto id = row_start_id(cell, pack)) {
            seen.push_back({id->id, pages[i], line, "its row could not be read from the text"});
        } else if (auto unread = unreadable_leading_id(trim(cell), pack);
                   unread && !parse_priority_banner(collapse_whitespace(lines[i]), pack)) {
            seen.push_back({"'" + *unread + "'", pages[i], line,
                            "a row starts with it, but it does not read as a measure id (a character lost or "
                            "misread)"});
        }
    }
    return seen;
}

}  // namespace

StreamRead read_stream_text(std::string_view text, const PatternPack& pack) {
    StreamRead read;
    ExtractResult& result = read.result;
    const std::string plain = plain_spaces(text);
    std::vector<std::string> lines = text_lines(plain);
    result.summary.period = find_report_period(plain, pack);
    if (looks_like_cabinet_report(lines, pack)) {
        result.cabinet = parse_cabinet_lines(lines, pack);
        result.summary.period = result.cabinet->report;
        result.summary.notes.push_back("text: a Cabinet covering report");
        return read;
    }
    const std::vector<int> pages = line_pages(lines);
    const bool paged = blank_page_furniture(lines, pack);
    result.summary.seen_ids = row_start_ids(lines, pages, pack);
    Sections sections = read_sections(lines, pack);
    std::vector<RowCells> rows;
    const char* how = "tab-separated tables";
    if (rows_are_tabbed(lines, pack)) rows = read_tab_rows(lines, sections, pack);
    // Rows without a readable table header (or without tabs) are read as blocks.
    if (rows.empty()) {
        rows = read_block_rows(lines, sections, pack, paged);
        how = "blocks of lines (pdftotext, OCR)";
    }
    if (rows.empty()) return read;  // the caller says that this is not a report
    result.summary.notes.push_back("text: " + std::to_string(rows.size()) + " rows read as " + how);
    for (size_t i = 0; i < rows.size(); ++i) read.rows.push_back(draft_from_cells(rows[i], i, pack));
    read.priority_titles = sections.titles;
    return read;
}

}  // namespace occx
