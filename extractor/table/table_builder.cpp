#include "table/table_builder.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <utility>

#include "normalize/fields.h"
#include "normalize/report_meta.h"
#include "table/body_columns.h"
#include "table/gutters.h"
#include "table/header_realign.h"
#include "table/header_reuse.h"
#include "table/id_sequence.h"
#include "table/line_columns.h"
#include "table/palette.h"
#include "table/row_figures.h"
#include "table/label_words.h"
#include "table/row_record.h"
#include "util/text.h"

namespace occx {

namespace {

constexpr double kStraddleGap = 0.45;       // phrase gap for the straddle test, in line heights
constexpr double kStraddleReach = 4.0;      // points a phrase must reach past a boundary
// Cell starts the open row must have shown before they, not the header, part its later lines.
constexpr size_t kMinRowBoundaries = 2;
// An id that starts a row sits at the table's left edge; one set further in than this many
// line heights is inside another cell (a comment naming a measure).
constexpr double kRowStartIndent = 3.0;
// Points kept clear of a mark region's edges: a cell border or a neighbour's letter.
constexpr double kMarkMargin = 1.5;
// OCR reads a mark as this many letters at most ("eo" for ↔, "1" for ↑).
constexpr size_t kMaxMarkLetters = 2;


}  // namespace

// A header seen again (repeated on each page) shares its evidence with earlier pages, so
// a page with one short row still gets the columns the whole document shows.
ColumnEvidence& TableBuilder::evidence_for(const Header& header, double page_width) {
    const std::string signature = evidence_signature(header, page_width);
    auto it = evidence_.find(signature);
    if (it == evidence_.end()) it = evidence_.emplace(signature, ColumnEvidence(page_width)).first;
    return it->second;
}

struct TableBuilder::Region {
    Header header;
    std::vector<const Line*> lines;
    // The columns were not read from a header over these lines: carried from an earlier page,
    // or a header OCR read in part completed from one.
    bool inferred = false;
    std::vector<std::string> body_columns;  // keys no label named: taken from the body's alignment
    bool refit = false;                      // a carried header's extents refitted to this page
};

namespace {

// A word's size: its font size where known (OCR gives its text line's height), else its box's.
double size_of(const Word& w) { return w.font_size > 0 ? w.font_size : w.box.height(); }

// A banner that wraps: the next line, of the same size and close below, continues its title.
// OCR gives no font, and its sizes are line heights, lower for a last line with no capitals
// ("our work"): those are compared with a point's slack.
bool continues_banner(const Line& banner, const Line& next) {
    const Word& a = *banner.words.front();
    const Word& b = *next.words.front();
    const double slack = a.font.empty() ? 1.0 : 0.5;
    return next.box.y0 - banner.box.y1 < 0.5 * banner.height() && std::abs(b.box.x0 - a.box.x0) < 40 &&
           a.font == b.font && std::abs(size_of(a) - size_of(b)) < slack;
}

bool starts_with_dash(const std::string& text) {
    for (const char* dash : {"-", "\u2013", "\u2014"})
        if (text.rfind(dash, 0) == 0) return true;
    return false;
}

}  // namespace

// The next line carries on a banner's title: it continues the banner's block and is neither
// a row, another priority, nor another priority's "- title" whose id OCR lost.
bool TableBuilder::wraps_into(const Line& banner, const Line& next) const {
    if (!continues_banner(banner, next) || find_measure_id(next.text(), pack_)) return false;
    const std::string first = split_phrases(next).front().text();
    return !parse_priority_banner(first, pack_) && !starts_with_dash(first);
}

void TableBuilder::read_page_facts(const Page& page, const std::vector<Line>& lines) {
    for (size_t i = 0; i < lines.size(); ++i) {
        auto phrases = split_phrases(lines[i]);
        if (phrases.empty()) continue;
        if (auto banner = parse_priority_banner(phrases.front().text(), pack_)) {
            std::string title = banner->title;
            if (i + 1 < lines.size() && wraps_into(lines[i], lines[i + 1]))
                title += " " + split_phrases(lines[i + 1]).front().text();
            priority_titles_.emplace(banner->priority_id, collapse_whitespace(title));
            banners_.add(page.number, lines[i].box.y0, banner->priority_id);
        }
        if (!period_.period_end) {
            auto p = find_report_period(lines[i].text(), pack_);
            if (p.period_end) period_ = p;
        }
    }
}

// A table's own lines repeat too (its header on every page) and a row's id is never furniture.
bool TableBuilder::is_running_line(const Line& line, const Page& page) {
    if (!RunningLines::near_edge(line, page)) return false;  // most lines: no pattern work at all
    if (is_header_line(line, pack_) || leading_measure_id(line.text(), pack_)) return false;
    std::vector<RunningLines::Copy> earlier;
    if (!running_lines_.repeats(line, page, earlier)) return false;
    for (const auto& copy : earlier) take_back(copy.page, copy.box);
    return true;
}

namespace {

// Of the running line's height: how far beyond it a word read into a row is taken back with it
// (a word of the line set a little higher or lower). Less than the space to the next line, which
// in laid-out text is only a quarter of a line's height.
constexpr double kTakeBackMargin = 0.2;

void drop_fragments_in(std::vector<Fragment>& fragments, int page, double y0, double y1) {
    std::erase_if(fragments, [&](const Fragment& f) {
        return f.page == page && f.box.center_y() > y0 && f.box.center_y() < y1;
    });
}

void drop_row_fragments_in(RowDraft& row, int page, double y0, double y1) {
    for (auto& [key, fragments] : row.cells) drop_fragments_in(fragments, page, y0, y1);
    drop_fragments_in(row.comment_block, page, y0, y1);
}

}  // namespace

// A priority's title printed alone, without its id: a page's running title (each page of a
// priority's section named at its top), which a row left open from the page before would take
// into its cells. A measure's own title is never a priority's, word for word.
bool TableBuilder::repeats_priority_title(const Line& line) const {
    const std::string text = to_lower_ascii(collapse_whitespace(line.text()));
    return std::any_of(priority_titles_.begin(), priority_titles_.end(),
                       [&](const auto& entry) { return to_lower_ascii(entry.second) == text; });
}

// An earlier page's copy of a running line, read into a row before it was known for one.
void TableBuilder::take_back(int page, const Box& band) {
    const double margin = kTakeBackMargin * band.height();
    for (auto& row : rows_) drop_row_fragments_in(row, page, band.y0 - margin, band.y1 + margin);
    if (open_row_) drop_row_fragments_in(*open_row_, page, band.y0 - margin, band.y1 + margin);
}

void TableBuilder::start_row(const MeasureId& id) {
    close_row();
    open_row_.emplace();
    open_row_->id = id;
    row_starts_.reset(0);
    for (const auto& c : header_->columns)
        if (c.key == "period_status" || c.key == "ytd_status") open_row_->status_keys.push_back(c.key);
    open_row_->has_comment_column = header_->find("comment") != nullptr;
    open_row_->has_unit_column = header_->find("unit") != nullptr;
    open_row_->under_header = true;
    in_comment_ = false;
}

void TableBuilder::close_row() {
    if (open_row_) {
        sample_colours(*open_row_);
        rows_.push_back(std::move(*open_row_));
    }
    open_row_.reset();
    in_comment_ = false;
}

namespace {

// A RAG word as printed (GREEN, AMBER, RED), not a letter or a marker that may be a cell's text.
bool is_rag_word(const std::string& text, const PatternPack& pack) {
    auto s = parse_status(text, pack);
    return text.size() >= 3 && s && (*s == "GREEN" || *s == "AMBER" || *s == "RED");
}

// Moves a RAG word set at the edge of a value cell into the status column beside it when that
// column got nothing else from the line: layout text sets a status a single space after the
// value before it ("5,765.00 AMBER"), and a row's tokens shift a character or two from where the
// header's columns lie. (Numbers are not moved the other way: a comment's figures cross into
// status columns as often.)
void move_rag_word_to_status(std::vector<size_t>& cols, const std::vector<const Word*>& words,
                               const Header& header, const PatternPack& pack) {
    auto taken = [&](size_t c) { return std::count(cols.begin(), cols.end(), c) > 0; };
    for (size_t i = 0; i < words.size(); ++i) {
        const size_t c = cols[i];
        if (c == kNoColumn) continue;
        const bool last = i + 1 == words.size() || cols[i + 1] != c;
        const bool first = i == 0 || cols[i - 1] != c;
        if (first && last) continue;  // alone in its cell: where the boundaries put it
        if (!is_rag_word(words[i]->text, pack) || !is_value_column(header.columns[c])) continue;
        auto fits = [&](size_t n) { return n < header.columns.size() && !taken(n) && is_status_column(header.columns[n]); };
        if (last && fits(c + 1)) cols[i] = c + 1;
        else if (first && c > 0 && fits(c - 1)) cols[i] = c - 1;
    }
}

}  // namespace

void TableBuilder::add_words_to_row(const Page& page, const Line& line, const Header& header,
                                    const std::vector<size_t>& by_position) {
    // character-cell text: its columns drift row by row (table/line_columns.h); a row that goes
    // on over a page break keeps its cells' starts, the nearest guess on the new page
    std::vector<size_t> cols = page.method == PageMethod::plain ? align_line_to_columns(line, header, row_starts_, pack_)
                                                                : by_position;
    move_rag_word_to_status(cols, line.words, header, pack_);
    for (size_t i = 0; i < line.words.size(); ++i) {
        if (cols[i] == kNoColumn) continue;
        const Word* w = line.words[i];
        const Column& col = header.columns[cols[i]];
        if (col.key.empty()) {
            open_row_->unplaced[{page.number, col.label}].push_back(Fragment{w->text, w->box, page.number, w->confidence});
            continue;
        }
        open_row_->add(col.key, Fragment{w->text, w->box, page.number, w->confidence});
    }
    open_row_->touch(page.number, line.box);
    if (page.method == PageMethod::ocr) open_row_->ocr_pages.insert(page.number);
}

void TableBuilder::add_comment_line(const Page& page, const Line& line, size_t skip_words) {
    for (size_t i = skip_words; i < line.words.size(); ++i) {
        const Word* w = line.words[i];
        open_row_->comment_block.push_back(Fragment{w->text, w->box, page.number, w->confidence});
    }
    if (page.method == PageMethod::ocr) open_row_->ocr_pages.insert(page.number);
}

// A priority banner or a section's date line inside a table ends the row above it; the table
// goes on under the same header.
bool TableBuilder::is_section_line(const Line& line, const Header& header) const {
    // a cell's wrapped line may name a date too, but only a section line starts in the first column
    if (line.words.front()->box.center_x() >= header.columns[0].x1) return false;
    auto phrases = split_phrases(line);
    if (!phrases.empty() && parse_priority_banner(phrases.front().text(), pack_)) return true;
    return !phrases.empty() && find_report_period(phrases.front().text(), pack_).period_end.has_value();
}

// Where the open row's cells part. Character-cell text sets each row's cells off its header's
// columns (table/line_columns.h): there the row's own cell starts, once its first line has
// shown them, part its later lines; elsewhere the header's boundaries do.
std::vector<double> TableBuilder::cell_boundaries(const Page& page, const Header& header) const {
    std::vector<double> bounds;
    if (page.method == PageMethod::plain && open_row_) {
        for (size_t c = 1; c < row_starts_.x0.size(); ++c)
            if (!std::isnan(row_starts_.x0[c])) bounds.push_back(row_starts_.x0[c]);
        if (bounds.size() >= kMinRowBoundaries) return bounds;
        bounds.clear();
    }
    for (size_t i = 0; i + 1 < header.columns.size(); ++i) bounds.push_back(header.columns[i].x1);
    return bounds;
}

// A line that crosses column boundaries is prose or a heading, not a cell's line.
bool TableBuilder::is_prose_line(const Line& line, const std::vector<double>& boundaries) const {
    int straddles = 0;
    for (const auto& p : split_phrases(line, kStraddleGap)) {
        // a run with no word of prose (figures, statuses, symbols: "↑ AMBER 260.00") is a row's
        // cells, however it lies across the boundaries: laid-out text closes cells up when short
        // of room and sets a row's cells off its header's columns
        if (!has_prose_word(p.words)) continue;
        for (double b : boundaries)
            if (p.box.x0 < b - kStraddleReach && p.box.x1 > b + kStraddleReach) ++straddles;
    }
    return straddles >= 2;
}

namespace {

// A line with a phrase wider than this share of the header's span is prose (a scorecard's
// full-width comment, a note) rather than a cell's line: no column is that wide.
constexpr double kProseSpanShare = 0.5;
// A line whose phrases start in this many of a header's columns is a table row, not prose.
constexpr size_t kMinRowColumns = 3;

// Such a line says nothing about where the columns' gutters are. The table spans from its
// first column's text (a label centred over a wide first column sits far right of it) to its
// last label.
bool is_wide_prose(const Line& line, double table_x0, const Header& header) {
    const double span = header.columns.back().label_x1 - table_x0;
    for (const auto& p : split_phrases(line, kStraddleGap))
        if (p.box.width() > kProseSpanShare * span) return true;
    return false;
}

std::vector<const Line*> cell_lines(const std::vector<const Line*>& lines, const Header& header) {
    double table_x0 = header.columns.front().label_x0;
    for (const Line* l : lines) table_x0 = std::min(table_x0, l->box.x0);
    std::vector<const Line*> out;
    for (const Line* l : lines)
        if (!is_wide_prose(*l, table_x0, header)) out.push_back(l);
    return out;
}

// How many words a comment line's label takes: "Comments:", "Comment :" or, where OCR lost
// the colon, the one word "Comment".
size_t comment_label_words(const Line& line) {
    const auto& words = line.words;
    if (words.front()->text.find_first_of(":;") != std::string::npos) return 1;
    if (words.size() > 1 && (words[1]->text == ":" || words[1]->text == ";")) return 2;
    return 1;
}

// The row's measure cell holds its id and nothing more yet.
bool has_only_its_id(const RowDraft& row) {
    const auto* measure = row.cell("measure");
    return !measure || (measure->size() == 1 && measure->front().text == row.id.id);
}

bool starts_in_first_column(const Line& line, const Header& header) {
    return line.words.front()->box.center_x() < header.columns[0].x1;
}

// The words of a line that fall in the measure column, as text.
std::string measure_column_text(const Line& line, const Header& header, size_t* count) {
    const int m = header.index_of("measure");
    std::string text;
    size_t n = 0;
    for (const auto* w : line.words) {
        if (column_at(header, w->box.center_x()) != size_t(m)) continue;
        text += (text.empty() ? "" : " ") + w->text;
        ++n;
    }
    if (count) *count = n;
    return text;
}

// The id-like text that starts a row whose id OCR garbled past reading (unreadable_leading_id of
// id_text: the line's measure cell, or all its text); nullopt where the whole line reads as a
// priority banner, as one OCR read with a stuttered digit does ("OCCO01 - Put action…").
std::optional<std::string> unread_row_id(const std::string& id_text, const Line& line, const PatternPack& pack) {
    auto id = unreadable_leading_id(id_text, pack);
    if (!id || parse_priority_banner(line.text(), pack)) return std::nullopt;
    return id;
}

// A row's own figures: a line with at least this many value cells of figures is a row's first
// (a target and an actual), not a cell's wrapped line.
constexpr size_t kMinRowFigures = 2;

// A line of nothing but figures, markers and statuses, at least kMinRowFigures words: a row's
// values, with no text of any cell.
bool only_figures(const Line& line, const PatternPack& pack) {
    if (line.words.size() < kMinRowFigures) return false;
    return std::all_of(line.words.begin(), line.words.end(), [&](const Word* w) {
        return is_number_word(w->text) || pack.full_matches_any("values.not_applicable", w->text) ||
               pack.full_matches_any("values.not_reported", w->text) || parse_status(w->text, pack).has_value();
    });
}

// The row has text in one of these cells already.
bool fills_any(const RowDraft& row, const std::set<std::string>& keys) {
    return std::any_of(keys.begin(), keys.end(), [&](const std::string& key) {
        const auto* cell = row.cell(key);
        return cell && !cell->empty();
    });
}

}  // namespace

// Layout text rounds each word to a line of its character grid: a row's figures set a little
// above its id's baseline come out on the line before the id. A line of figures alone, just
// above a row's id, is that row's when the row above has already filled a cell it prints in.
bool TableBuilder::figures_above_next_id(const Line& line, const Line* next, const Header& header) const {
    if (!next || !open_row_ || !only_figures(line, pack_)) return false;
    const std::set<std::string> keys = figure_columns(line, header, columns_by_position(line, header));
    if (keys.size() < kMinRowFigures || !fills_any(*open_row_, keys)) return false;
    const std::string text = measure_column_text(*next, header, nullptr);
    return !text.empty() && starts_in_first_column(*next, header) && leading_measure_id(text, pack_).has_value();
}

// Laid-out text may set a row's figures below the comment block under it (a watermark's letters
// between them move the converter's lines): a line of the row's cells, with no word of prose and
// figures in value or status cells the row has not filled yet, ends the comment.
bool TableBuilder::figures_after_comment(const Line& line, const Header& header,
                                         const std::vector<size_t>& by_position) const {
    if (has_prose_word(line.words)) return false;
    const std::set<std::string> keys = figure_columns(line, header, by_position);
    return keys.size() >= kMinRowFigures && !fills_any(*open_row_, keys);
}

// A line of figures of its own, in a value or status cell the open row has already filled, is
// the next row's first line, its id garbled past reading or lost as specks (small print on a
// coarse scan): it is reported, not merged into the row above as more of its text.
bool TableBuilder::starts_unread_row(const Line& line, const Header& header, const std::string& measure_text,
                                     const std::vector<size_t>& by_position) const {
    if (!measure_text.empty() && pack_.matches_any("table.non_measure_row", measure_text)) return false;
    const std::set<std::string> keys = figure_columns(line, header, by_position);
    if (keys.size() < kMinRowFigures) return false;
    // One cell filled twice is enough: OCR's column boundaries on such a page are rough too.
    return !open_row_ || fills_any(*open_row_, keys);
}

void TableBuilder::read_region(const Page& page, Region& region) {
    const Header& header = region.header;
    bool suspended = false;
    const Line* figures_above = nullptr;  // the next row's figures, set on the line above its id
    auto add_figures_above = [this](const Page& p, const Header& h, const Line*& held) {
        add_words_to_row(p, *held, h, columns_by_position(*held, h));
        held = nullptr;
    };
    for (size_t at = 0; at < region.lines.size(); ++at) {
        const Line* line = region.lines[at];
        std::string measure_text = measure_column_text(*line, header, nullptr);
        const std::vector<size_t> by_position = columns_by_position(*line, header);
        auto id = measure_text.empty() ? std::nullopt : leading_measure_id(measure_text, pack_);
        bool first_word_is_id = id && starts_in_first_column(*line, header);
        if (first_word_is_id) {
            suspended = false;
            start_row(*id);
            // OCR misreads an id's digits where a text layer never does (repaired in finish)
            if (page.method == PageMethod::ocr) open_row_->banner = banners_.priority_at(page.number, line->box.y0);
            // before any header of its own was read, the carried one is a later page's (settle_header)
            if (region.inferred)
                open_row_->warnings.push_back("page " + std::to_string(page.number) +
                                              ": no complete table header over this row: its columns were taken "
                                              "from " + (first_header_ ? "an earlier" : "a later") + " page's header");
            for (const auto& key : region.body_columns)
                open_row_->warnings.push_back("page " + std::to_string(page.number) + ": no header label over the " +
                                              key + " column: it was taken from the body's alignment");
            add_words_to_row(page, *line, header, by_position);
            if (figures_above) add_figures_above(page, header, figures_above);
            continue;
        }
        // figures_above_next_id held it for this line, which it judged a row's id line; if it
        // did not start a row after all, the figures stay with the open row
        if (figures_above && open_row_) add_figures_above(page, header, figures_above);
        if (starts_in_first_column(*line, header) && unread_row_id(measure_text, *line, pack_)) {
            // a row whose id OCR garbled is reported (note_row_start_ids), not merged into the row above
            close_row();
            suspended = true;
            continue;
        }
        if (page.method == PageMethod::ocr && starts_unread_row(*line, header, measure_text, by_position)) {
            seen_ids_.push_back({"'" + (measure_text.empty() ? std::string("?") : measure_text) + "'", page.number, 0,
                                 "a row starts with it, with figures of its own, but it does not read as a measure id"});
            close_row();
            suspended = true;
            continue;
        }
        std::string comment;
        if (open_row_ && RE2::FullMatch(collapse_whitespace(line->text()), pack_.one("table.comment_line"), &comment)) {
            in_comment_ = true;
            add_comment_line(page, *line, comment_label_words(*line));
            continue;
        }
        // a row whose first line held only its id goes on with its title, whatever it starts with
        const bool title_pending = open_row_ && has_only_its_id(*open_row_);
        if (!measure_text.empty() && !title_pending && pack_.matches_any("table.non_measure_row", measure_text)) {
            close_row();
            continue;
        }
        if (is_section_line(*line, header)) {
            close_row();
            continue;
        }
        if (in_comment_ && open_row_ && !figures_after_comment(*line, header, by_position)) {
            add_comment_line(page, *line, 0);
            continue;
        }
        // Prose below a row (a footer, a note) is not its cell text; the row stays open, as it
        // may go on on the next page, but takes no more lines from this one until the next id.
        if (is_prose_line(*line, cell_boundaries(page, header))) suspended = true;
        const Line* next = at + 1 < region.lines.size() ? region.lines[at + 1] : nullptr;
        if (page.method == PageMethod::plain && !suspended && figures_above_next_id(*line, next, header)) {
            figures_above = line;
            continue;
        }
        if (open_row_ && !suspended) add_words_to_row(page, *line, header, by_position);
    }
}

// A status cell whose text reads as a status needs no colour; any other text, or a marker
// OCR read as a letter, does.
bool TableBuilder::has_status_text(const RowDraft& row, const std::string& key) const {
    const auto* cell = row.cell(key);
    if (!cell) return false;
    std::string text;
    for (const auto& f : *cell) text += (text.empty() ? "" : " ") + f.text;
    return parse_status(text, pack_).has_value() && !is_marker_read_as_text(row, text);
}

void TableBuilder::sample_colours(RowDraft& row) {
    if (!page_ || !header_) return;
    auto ext = row.extent.find(page_->number);
    if (ext == row.extent.end()) return;
    for (const auto& key : row.status_keys) {
        if (!sampler_ || row.colour_status.count(key) || has_status_text(row, key)) continue;
        const Column* col = header_->find(key);
        if (!col) continue;
        // Shrunk a little so that cell borders and the neighbours' fills stay out.
        Box region{std::max(col->x0, 0.0) + kMarkMargin, ext->second.y0 - 1,
                   std::min(col->x1, page_->width) - kMarkMargin, ext->second.y1 + 1};
        CellStatus drawn = sampler_->read_status(region);
        if (drawn.status) row.colour_status[key] = drawn.status;
        if (drawn.paint) row.status_paint[key] = *drawn.paint;
        if (!drawn.note.empty()) row.status_notes[key] = drawn.note;
    }
    read_drawn_trend(row, ext->second);
    read_drawn_unit(row, ext->second);
}

namespace {

// A trend mark as printed: an arrow, or the carets some reports use.
bool is_trend_mark(const std::string& text) {
    static const std::array<std::string_view, 8> marks = {"↑", "↓", "↔", "←", "→", "↕", "^", "v"};
    return std::find(marks.begin(), marks.end(), text) != marks.end();
}

}  // namespace

// A lone character read apart from its page is a guess Tesseract makes with little context.
constexpr double kLoneSignConfidence = 0.5;

// The ink a narrow column's mark may take on its row: its cell is set off by its neighbours'
// labels and printed words, not by the gutters the body's words leave (a mark is no word, and
// it is centred in a cell whose label may sit to one side of it). A neighbour's short word
// nearer this column's label than its own is no bound: it is likelier the mark, read as letters.
Box TableBuilder::mark_region(const RowDraft& row, int index, const Box& extent) const {
    const auto& columns = header_->columns;
    const Column& col = columns[size_t(index)];
    double x0 = std::max(col.x0, 0.0), x1 = std::min(col.x1, page_->width);  // beside no neighbour
    // How far a neighbour's label and its words on this row reach towards the mark.
    auto reach_of = [&](const Column& side, bool left) {
        double reach = left ? side.label_x1 : side.label_x0;
        const auto* cell = row.cell(side.key);
        if (!cell) return reach;
        for (const auto& f : *cell) {
            if (f.box.y1 < extent.y0 || f.box.y0 > extent.y1) continue;
            const bool nearer_here = std::abs(f.box.center_x() - col.center()) < std::abs(f.box.center_x() - side.center());
            if (nearer_here && utf8_length(f.text) <= kMaxMarkLetters) continue;
            reach = left ? std::max(reach, f.box.x1) : std::min(reach, f.box.x0);
        }
        return reach;
    };
    if (index > 0) x0 = std::max(reach_of(columns[size_t(index) - 1], true), 0.0);
    if (size_t(index) + 1 < columns.size()) x1 = std::min(reach_of(columns[size_t(index) + 1], false), page_->width);
    return Box{x0 + kMarkMargin, extent.y0 - 1, x1 - kMarkMargin, extent.y1 + 1};
}

// A trend mark on a scan is a mark, not a word: OCR reads "↑" as "t" or "1", "↔" as "o" or
// nothing. Where the cell holds no mark, the arrow its ink draws is taken; failing that (or
// with no raster, as in hOCR), the mark OCR's letters stand for (ocr.trend_misread). Either way
// with a warning.
void TableBuilder::read_drawn_trend(RowDraft& row, const Box& extent) {
    const Column* col = header_->find("trend");
    if (!col || page_->method != PageMethod::ocr) return;
    std::string text;
    if (const auto* cell = row.cell("trend"))
        for (const auto& f : *cell) text += (text.empty() ? "" : " ") + f.text;
    if (is_trend_mark(text)) return;
    const Box region = mark_region(row, header_->index_of("trend"), extent);
    std::string mark = sampler_ ? sampler_->read_arrow(region) : "";
    std::string how = "the arrow drawn in its cell";
    if (mark.empty() && !text.empty() && pack_.has("ocr.trend_misread"))
        if (auto misread = pack_.classify("ocr.trend_misread", text)) {
            mark = *misread;
            how = "the mark OCR's letters stand for";
        }
    if (mark.empty()) return;
    row.cells["trend"] = {Fragment{mark, region, page_->number, 1.0}};
    row.warnings.push_back("page " + std::to_string(page_->number) + ": trend read from " + how +
                           (text.empty() ? "" : " (OCR read '" + text + "')"));
}

// A unit sign alone in its cell ("#" in a 6 pt font) is a lone mark, which OCR's reading of a
// scanned page often drops. Where the cell holds nothing, its largest blob of ink is read as one
// character, and taken where it is a unit (text.unit), with a warning.
void TableBuilder::read_drawn_unit(RowDraft& row, const Box& extent) {
    if (!sampler_ || page_->method != PageMethod::ocr || !header_->find("unit")) return;
    if (const auto* cell = row.cell("unit"); cell && !cell->empty()) return;
    const Box region = mark_region(row, header_->index_of("unit"), extent);
    const std::string sign = sampler_->read_glyph(region);
    if (sign.empty() || !pack_.full_matches_any("text.unit", sign)) return;
    row.cells["unit"] = {Fragment{sign, region, page_->number, kLoneSignConfidence}};
    row.warnings.push_back("page " + std::to_string(page_->number) + ": unit read from the sign alone in its cell");
}

// What each column was taken for, told once per layout: the first thing to read when a report
// typeset some other way comes out wrong.
void TableBuilder::note_header(int page, const Header& header) {
    std::string text;
    for (const auto& c : header.columns)
        text += (text.empty() ? "" : " | ") + c.label + " = " + (c.key.empty() ? "?" : c.key);
    if (text == last_noted_header_) return;
    last_noted_header_ = text;
    notes_.push_back("page " + std::to_string(page) + ": table header" + (header.reused ? " (read in part)" : "") +
                     ": " + text);
}

// Every id that starts a line is noted, read or not, so that the pipeline can tell which ones
// no record came of, and why.
void TableBuilder::note_row_start_ids(const Page& page, const std::vector<Line>& lines,
                                      const std::vector<Region>& regions) {
    std::set<const Line*> tabled;
    for (const auto& r : regions) tabled.insert(r.lines.begin(), r.lines.end());
    double left_edge = page.width;
    for (const auto& line : lines) left_edge = std::min(left_edge, line.box.x0);
    for (const auto& line : lines) {
        if (line.box.x0 > left_edge + kRowStartIndent * line.height()) continue;
        const std::string text = line.text();
        auto id = leading_measure_id(text, pack_);
        if (!id) {
            if (auto unreadable = unread_row_id(text, line, pack_))
                seen_ids_.push_back({"'" + *unreadable + "'", page.number, 0,
                                     "a row starts with it, but it does not read as a measure id (a character lost "
                                     "or misread)"});
            continue;
        }
        const bool under_a_header = tabled.count(&line) > 0;
        if (!under_a_header) ++ids_before_a_header_;
        seen_ids_.push_back({id->id, page.number, 0,
                             under_a_header ? "its line did not start a row under the table's header"
                                            : "no table header on this page or an earlier one"});
    }
    note_ids_inside_lines(page, lines, left_edge);
}

// OCR boxes a tinted row's words as tall as the row, and two of the row's lines can then merge
// into one whose first word is not the id. An id that still sits at the left edge is noted too.
void TableBuilder::note_ids_inside_lines(const Page& page, const std::vector<Line>& lines, double left_edge) {
    for (const auto& line : lines) {
        const double reach = left_edge + kRowStartIndent * line.height();
        for (size_t i = 1; i < line.words.size() && line.words[i]->box.x0 <= reach; ++i) {
            std::string rest;
            for (size_t k = i; k < line.words.size() && k < i + 2; ++k) rest += line.words[k]->text + " ";
            if (auto id = leading_measure_id(rest, pack_))
                seen_ids_.push_back({id->id, page.number, 0,
                                     "its row's lines were read as one line, and the id was not its first word"});
        }
    }
}

// The lines whose words sit in the table's cells: wide prose, priority banners and section date
// lines run across columns, so they say nothing of where the gutters are.
std::vector<const Line*> TableBuilder::column_lines(const std::vector<const Line*>& lines, const Header& header) const {
    std::vector<const Line*> cells;
    for (const Line* l : cell_lines(lines, header)) {
        const auto phrases = split_phrases(*l);
        if (phrases.empty() || parse_priority_banner(phrases.front().text(), pack_) ||
            find_report_period(phrases.front().text(), pack_).period_end)
            continue;
        cells.push_back(l);
    }
    return cells;
}

// A carried header's extents, refitted where this page sets its columns elsewhere (layout
// text places each page's columns anew).
void TableBuilder::refit_carried(const Page& page, Region& region) {
    if (!last_evidence_) return;
    auto refit = refit_carried_header(region.header, *last_evidence_, column_lines(region.lines, region.header), page.width,
                                      page.method == PageMethod::plain);
    if (!refit) return;
    region.header = std::move(*refit);
    region.refit = true;
    notes_.push_back("page " + std::to_string(page.number) +
                     ": the carried header's columns were refitted to this page's text, which sits elsewhere");
}

// Body lines under a header that show enough of its gutters to place its boundaries.
constexpr size_t kMinEvidenceLines = 3;

// A carried header's extents, set again from its pages' pooled body: a header printed above
// little or no body (a page that ends at the header, a banner under it) had its boundaries
// guessed from its labels, and the pages that carry it show where the columns really lie.
void TableBuilder::widen_carried_evidence(const Page& page, Region& region) {
    ColumnEvidence& evidence = evidence_for(region.header, page.width);
    if (evidence.lines >= kMinEvidenceLines) return;
    evidence.add(column_lines(region.lines, region.header));
    set_column_extents(region.header, evidence);
}

// Whether a line in [from, to) starts a row under the last header: a measure id in its first
// column, and cells in other columns beside it, not prose running across them (a summary line
// that names a measure above a table is no row).
bool TableBuilder::starts_rows(const std::vector<Line>& lines, size_t from, size_t to) const {
    const Header& header = *last_header_;
    for (size_t i = from; i < to; ++i) {
        const std::string text = measure_column_text(lines[i], header, nullptr);
        if (text.empty() || !leading_measure_id(text, pack_)) continue;
        std::set<size_t> columns;  // where the line's phrases (cells, not words) start
        for (const auto& p : split_phrases(lines[i])) columns.insert(column_at(header, p.box.x0));
        if (columns.size() >= kMinRowColumns) return true;
    }
    return false;
}

// A band of the settled header's layout is the page's own header (not one read in part), its
// keys as the settled header has them where the band read them otherwise.
void TableBuilder::settle(Header& header) const {
    if (header.reused) {
        header.reused = false;  // find_header already read it against the settled header
        return;
    }
    if (same_keys(header, *settled_) && !runs_labels_together(header, *settled_)) return;
    if (auto dx = layout_offset(header, *settled_)) {
        header = merge_with_model(header, *settled_, *dx);
        header.reused = false;
    }
}

void TableBuilder::add_page(const Page& page, ColourSampler* sampler) {
    std::vector<Word> words = content_words(page, pack_);
    std::vector<Line> lines = group_lines(words);
    std::erase_if(lines, [&](const Line& l) { return is_furniture(l, pack_) || is_running_line(l, page); });
    repair_header_words(words, lines, page, pack_);
    read_page_facts(page, lines);
    std::erase_if(lines, [&](const Line& l) { return repeats_priority_title(l); });

    // Split the page into regions, each under its header; lines above the first header
    // continue the previous page's table when that page's row is still open, or when they
    // start rows of their own (a page that begins with rows and a new table's header below).
    std::vector<Region> regions;
    size_t cursor = 0;
    bool first = true;
    while (cursor <= lines.size()) {
        const Header* model = last_header_ ? &*last_header_ : nullptr;
        auto header = find_header(lines, cursor, pack_, model);
        if (header && settled_) settle(*header);
        size_t end = header ? header->first_line : lines.size();
        // lines above the first header continue an open row; a page with no header at all
        // (e.g. its header did not OCR) keeps the last one
        if (first && last_header_ && ((end > cursor && (open_row_ || starts_rows(lines, cursor, end))) || !header)) {
            Region carried{*last_header_, {}, true, {}, false};
            for (size_t i = cursor; i < end; ++i) carried.lines.push_back(&lines[i]);
            refit_carried(page, carried);
            // a text layer's columns stay put from page to page; a scan's and a layout text's move
            if (!carried.refit && page.method == PageMethod::text) widen_carried_evidence(page, carried);
            regions.push_back(std::move(carried));
        }
        first = false;
        if (!header) break;
        Region r{*header, {}, header->reused, {}, false};
        size_t next_start = lines.size();
        if (auto next = find_header(lines, header->end_line, pack_, &r.header)) next_start = next->first_line;
        for (size_t i = header->end_line; i < next_start; ++i) r.lines.push_back(&lines[i]);
        ColumnEvidence& evidence = evidence_for(r.header, page.width);
        evidence.add(column_lines(r.lines, r.header));
        r.body_columns = add_body_columns(r.header, evidence);
        // a header read again from a model keeps the extents found for it, but for what it learnt
        if (r.header.reused || !r.body_columns.empty()) set_missing_extents(r.header, evidence);
        else set_column_extents(r.header, evidence);
        last_header_ = r.header;
        if (!first_header_ && !r.header.reused) first_header_ = r.header;
        readings_.push_back(r.header);
        if (r.header.reused) readings_.back().columns = r.header.read_columns;
        note_header(page.number, r.header);
        regions.push_back(std::move(r));
        cursor = next_start;
        if (cursor >= lines.size()) break;
    }

    note_row_start_ids(page, lines, regions);
    page_ = &page;
    sampler_ = sampler;
    for (auto& region : regions) {
        if (!region.refit) last_header_ = region.header;  // the next page refits from the header as read
        if (!region.inferred) last_evidence_ = &evidence_for(region.header, page.width);
        header_ = &region.header;
        read_region(page, region);
        if (open_row_) sample_colours(*open_row_);
    }
    page_ = nullptr;
    sampler_ = nullptr;
    header_ = nullptr;
}

std::vector<Record> TableBuilder::finish(DocumentSummary* summary) {
    close_row();
    if (summary) {
        summary->period = period_;
        summary->seen_ids = std::move(seen_ids_);
        summary->notes.insert(summary->notes.end(), notes_.begin(), notes_.end());
    }
    auto repaired = repair_ids_under_banners(rows_, banners_.highest_priority());
    for (auto& [read, taken] : repair_ids_out_of_order(rows_)) repaired.emplace(read, taken);
    if (summary) rename_seen_ids(summary->seen_ids, repaired);
    reread_reds_by_palette(rows_);
    RowContext ctx{pack_, period_, priority_titles_};
    return records_from_rows(rows_, ctx);
}

}  // namespace occx
