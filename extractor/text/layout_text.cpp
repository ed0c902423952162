#include "text/layout_text.h"

#include <algorithm>

#include "normalize/fields.h"

namespace occx {

namespace {

// Spaces inside a line that mark a column gap in layout text (pdftotext pads cells apart
// with at least two; prose has one between words).
constexpr size_t kColumnGapSpaces = 3;
// Share of lines with such a gap, or indented by as much (a cell of a column right of the
// first), above which a text is laid out in columns. Stream converters (pdftotext without
// -layout, OCR text, markdown) start every line at the margin and set one space between words:
// their share is near zero, layout text's is 0.2 to 1.
constexpr double kLayoutLineShare = 0.15;
// ... or most of the lines that start with a measure id do (their cells side by side).
constexpr double kLayoutRowShare = 0.6;

// Columns count code points, not bytes: a UTF-8 continuation byte takes no column.
bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// pdftotext -layout pads vertical space with whole blank lines, so a header's stacked labels
// and a cell's paragraphs come out one or two blank lines apart: a blank line counts as half a
// line, which keeps a label's lines stacked and still parts a cell's paragraphs.
constexpr double kBlankLineAdvance = 0.5;
// Its line grid follows the largest text on the page, so a watermark's big letters spread a
// tall header cell's centred labels three or four blank lines apart: blank lines after the
// first of a run count a quarter line each.
constexpr double kFurtherBlankLineAdvance = 0.25;

void add_line_words(Page& page, std::string_view line, double line_no) {
    size_t col = 0, i = 0;
    while (i < line.size()) {
        if (line[i] == ' ' || line[i] == '\t' || line[i] == '\r') {
            col += line[i] == '\t' ? 8 - col % 8 : 1;
            ++i;
            continue;
        }
        const size_t start_col = col, start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
            if (!is_continuation(static_cast<unsigned char>(line[i]))) ++col;
            ++i;
        }
        Word w;
        w.text = std::string(line.substr(start, i - start));
        const double y0 = line_no * kLayoutLineHeight;
        w.box = {start_col * kLayoutCharWidth, y0, col * kLayoutCharWidth, y0 + kLayoutLineHeight * 0.8};
        w.font_size = kLayoutLineHeight * 0.8;
        page.words.push_back(std::move(w));
        page.width = std::max(page.width, col * kLayoutCharWidth);
    }
}

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

}  // namespace

std::vector<Page> pages_from_layout_text(std::string_view text) {
    std::vector<Page> pages;
    Page page;
    page.number = 1;
    page.method = PageMethod::plain;
    double line_no = 1;  // a top margin of one line: nothing sits at the page's very edge
    int blanks_in_run = 0;
    for (std::string_view line : split_lines(text)) {
        // a form feed ends a page wherever it stands in the line
        for (size_t ff; (ff = line.find('\f')) != std::string_view::npos;) {
            add_line_words(page, line.substr(0, ff), line_no);
            page.height = (line_no + 2) * kLayoutLineHeight;
            pages.push_back(std::move(page));
            page = Page{};
            page.number = static_cast<int>(pages.size()) + 1;
            page.method = PageMethod::plain;
            line_no = 1;
            line = line.substr(ff + 1);
        }
        const bool blank = line.find_first_not_of(" \t\r") == std::string_view::npos;
        add_line_words(page, line, line_no);
        line_no += !blank ? 1 : blanks_in_run++ == 0 ? kBlankLineAdvance : kFurtherBlankLineAdvance;
        if (!blank) blanks_in_run = 0;
    }
    page.height = (line_no + 2) * kLayoutLineHeight;
    if (!page.words.empty()) pages.push_back(std::move(page));
    return pages;
}

bool looks_like_layout_text(std::string_view text, const PatternPack& pack) {
    if (text.find('\t') != std::string_view::npos && text.find("   ") == std::string_view::npos) return false;
    const std::string gap(kColumnGapSpaces, ' ');
    size_t lines = 0, laid_out = 0, rows = 0, gapped_rows = 0;
    for (std::string_view line : split_lines(text)) {
        size_t b = line.find_first_not_of(" \t\r\f");
        if (b == std::string_view::npos) continue;
        size_t e = line.find_last_not_of(" \t\r\f");
        std::string_view body = line.substr(b, e - b + 1);
        ++lines;
        const bool spaced = body.find(gap) != std::string_view::npos;
        const bool indented = line.substr(0, b).find(gap) != std::string_view::npos;
        laid_out += spaced || indented;
        // A measure's row is where its cells sit side by side, however much prose (a
        // scorecard's full-width comments) is set between the rows.
        if (leading_measure_id(body, pack)) {
            ++rows;
            gapped_rows += spaced;
        }
    }
    if (rows > 0 && gapped_rows >= kLayoutRowShare * rows) return true;
    return lines > 0 && laid_out >= kLayoutLineShare * lines;
}

}  // namespace occx
