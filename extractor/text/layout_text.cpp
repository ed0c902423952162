#include "text/layout_text.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

#include "normalize/fields.h"
#include "util/text.h"

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

// The angle a slanted text's pieces are marked with: any but 0 keeps them out of the cells.
constexpr int kSlantRotation = 45;

// Where a slanted watermark's letter falls on a cell's first character, a layout converter
// prints the two glued together: "C569.60", "N279,054.00", "U★", "Un/a". A capital before a
// figure with a separator, a glyph or a marker is such a letter; a code such as "Q3" or a word
// keeps its capital.
bool glued_slant_letter(std::string_view t) {
    if (t.size() < 2 || t[0] < 'A' || t[0] > 'Z') return false;
    const std::string_view rest = t.substr(1);
    if (static_cast<unsigned char>(rest[0]) >= 0x80) return true;  // a glyph: ★ ● ▲
    if (rest.substr(0, 2) == "n/") return true;                     // n/a, n/r
    const bool figure = std::isdigit(static_cast<unsigned char>(rest[0])) != 0 &&
                        rest.find_first_not_of("0123456789,.%") == std::string_view::npos;
    return figure && rest.find_first_of(",.%") != std::string_view::npos;
}

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
        if (glued_slant_letter(w.text)) {
            Word letter = w;
            letter.text = w.text.substr(0, 1);
            letter.box.x1 = letter.box.x0 + kLayoutCharWidth;
            letter.rotation = kSlantRotation;
            page.words.push_back(std::move(letter));
            w.text.erase(0, 1);
            w.box.x0 += kLayoutCharWidth;
        }
        page.words.push_back(std::move(w));
        page.width = std::max(page.width, col * kLayoutCharWidth);
    }
}

// Text set at a slant (a watermark across the page) comes out of a layout converter as its
// letters one or two to a line, each line's a few columns on from the last: a chain no table
// cell makes. A word of at most this many capitals can be such a piece.
constexpr size_t kMaxSlantPieceLetters = 2;
// Lines from one piece to the next along the slant (a large watermark's letters sit two to
// five body lines apart; a few more where a row's lines come between).
constexpr double kMaxSlantLineStep = 8;
// Columns from one piece to the next: at least one (letters one above another are a column of
// status letters or initials, not a slant), at most this many per line down plus the slack
// (the converter's column grid is uneven where the page's cells crowd it).
constexpr double kMaxSlantColumnsPerLine = 4;
constexpr double kSlantColumnSlack = 3;
// Pieces in a chain before it counts as slanted text, not chance.
constexpr size_t kMinSlantPieces = 5;

// A piece stands at least this many columns from any word of its line but another piece: a
// capital a single space from a word is an initial or part of a cell ("Cllr I Bellamy").
constexpr double kMinSlantGapColumns = 2;

bool is_capitals_piece(const std::string& t) {
    return !t.empty() && t.size() <= kMaxSlantPieceLetters &&
           std::all_of(t.begin(), t.end(), [](unsigned char c) { return std::isupper(c) != 0; });
}

bool stands_apart(const Word& a, const Word& b) {
    return a.box.y0 != b.box.y0 || is_capitals_piece(b.text) ||
           std::max(b.box.x0 - a.box.x1, a.box.x0 - b.box.x1) >= kMinSlantGapColumns * kLayoutCharWidth;
}

// Words of a line are in reading order, so its neighbours are the words before and after.
bool is_slant_piece(const std::vector<Word>& words, size_t i) {
    return is_capitals_piece(words[i].text) && (i == 0 || stands_apart(words[i], words[i - 1])) &&
           (i + 1 == words.size() || stands_apart(words[i], words[i + 1]));
}

// A chain's first piece has no piece before it.
constexpr size_t kNoPiece = static_cast<size_t>(-1);

struct GridPlace {
    size_t word;
    double line, column;
};

// The longest chain ending at each piece, moving one way across the page (direction +1 to the
// right going down, -1 to the left), among pieces not yet taken: its length and the piece before.
std::vector<std::pair<size_t, size_t>> slant_chains(const std::vector<GridPlace>& pieces, int direction,
                                                   const std::vector<bool>& taken) {
    std::vector<std::pair<size_t, size_t>> best(pieces.size(), {1, kNoPiece});
    for (size_t i = 0; i < pieces.size(); ++i) {
        if (taken[i]) continue;
        for (size_t j = i; j-- > 0;) {
            const double lines = pieces[i].line - pieces[j].line;
            if (lines > kMaxSlantLineStep) break;
            const double columns = direction * (pieces[i].column - pieces[j].column);
            if (taken[j] || lines <= 0 || columns < 1 || columns > kMaxSlantColumnsPerLine * lines + kSlantColumnSlack)
                continue;
            if (best[j].first + 1 > best[i].first) best[i] = {best[j].first + 1, j};
        }
    }
    return best;
}

// A chain's letters that the converter set a single space from a cell's word ("O 39,222",
// "ON Slightly") are no pieces by themselves (an initial sits so too), yet they lie on the
// chain's path: the column the slant passes through on their line, interpolated between the
// chain's pieces (or carried on past its ends at its mean slope), give or take this many
// columns (a piece of two letters, and the converter's uneven grid).
constexpr double kSlantPathColumns = 5;
// Lines past a chain's first or last piece that its path is carried on.
constexpr double kSlantPathOverhang = kMaxSlantLineStep;

// The column the chain (pieces in line order) passes through on this line, or NaN off its path.
double slant_column_at(const std::vector<GridPlace>& chain, double line) {
    const GridPlace& first = chain.front();
    const GridPlace& last = chain.back();
    if (line < first.line - kSlantPathOverhang || line > last.line + kSlantPathOverhang || last.line <= first.line)
        return std::numeric_limits<double>::quiet_NaN();
    const double slope = (last.column - first.column) / (last.line - first.line);
    if (line <= first.line) return first.column + slope * (line - first.line);
    if (line >= last.line) return last.column + slope * (line - last.line);
    for (size_t k = 1; k < chain.size(); ++k) {
        const GridPlace& a = chain[k - 1];
        const GridPlace& b = chain[k];
        if (line > b.line) continue;
        if (b.line <= a.line) return a.column;
        return a.column + (b.column - a.column) * (line - a.line) / (b.line - a.line);
    }
    return last.column;
}

// A capital set a single space after a word of letters is an initial ("Cllr N", "Cllr J
// Lockhart"), and one before a word in lower case starts a sentence ("A service"): the cell's
// own, wherever a slant passes.
bool joins_a_phrase(const std::vector<Word>& words, size_t i) {
    auto near = [&](size_t j) {
        return words[j].box.y0 == words[i].box.y0 &&
               std::max(words[j].box.x0 - words[i].box.x1, words[i].box.x0 - words[j].box.x1) <
                   kMinSlantGapColumns * kLayoutCharWidth;
    };
    auto has_letters = [](const std::string& t) {
        return std::any_of(t.begin(), t.end(), [](unsigned char c) { return std::isalpha(c) != 0; });
    };
    const bool after_word = i > 0 && near(i - 1) && !is_capitals_piece(words[i - 1].text) && has_letters(words[i - 1].text);
    const bool before_lower = i + 1 < words.size() && near(i + 1) &&
                              std::islower(static_cast<unsigned char>(words[i + 1].text[0])) != 0;
    return after_word || before_lower;
}

// Marks the capitals (and dashes) on a found chain's path that were no pieces alone.
void mark_slant_path(Page& page, const std::vector<GridPlace>& chain) {
    for (size_t i = 0; i < page.words.size(); ++i) {
        Word& w = page.words[i];
        // a dash between a slanted text's words ("NOT - FOR") counts on the path only: alone it
        // is also what a value cell prints for no figure
        const bool piece = is_capitals_piece(w.text) || is_dash(w.text);
        if (w.rotation != 0 || !piece || joins_a_phrase(page.words, i)) continue;
        const double at = slant_column_at(chain, w.box.y0 / kLayoutLineHeight);
        if (std::abs(w.box.x0 / kLayoutCharWidth - at) <= kSlantPathColumns) w.rotation = kSlantRotation;
    }
}

// Marks the pieces of slanted text on a page as rotated, as a PDF's text layer would report
// them, so that they join no cell.
void mark_slanted_text(Page& page) {
    std::vector<GridPlace> pieces;
    for (size_t i = 0; i < page.words.size(); ++i)
        if (is_slant_piece(page.words, i))
            pieces.push_back({i, page.words[i].box.y0 / kLayoutLineHeight, page.words[i].box.x0 / kLayoutCharWidth});
    std::stable_sort(pieces.begin(), pieces.end(), [](const GridPlace& a, const GridPlace& b) { return a.line < b.line; });
    std::vector<bool> taken(pieces.size(), false);
    std::vector<std::vector<GridPlace>> paths;
    for (int direction : {1, -1}) {
        const auto best = slant_chains(pieces, direction, taken);
        std::vector<size_t> ends(pieces.size());
        for (size_t i = 0; i < ends.size(); ++i) ends[i] = i;
        std::stable_sort(ends.begin(), ends.end(), [&](size_t a, size_t b) { return best[a].first > best[b].first; });
        for (size_t end : ends) {
            if (best[end].first < kMinSlantPieces) break;
            std::vector<size_t> chain;
            for (size_t k = end; k != kNoPiece && !taken[k]; k = best[k].second) chain.push_back(k);
            if (chain.size() < kMinSlantPieces) continue;
            std::vector<GridPlace> path;
            for (size_t k : chain) {
                taken[k] = true;
                page.words[pieces[k].word].rotation = kSlantRotation;
                path.push_back(pieces[k]);
            }
            std::reverse(path.begin(), path.end());  // the chain was walked from its end
            paths.push_back(std::move(path));
        }
    }
    for (const auto& path : paths) mark_slant_path(page, path);
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
            mark_slanted_text(page);
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
    mark_slanted_text(page);
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
