#include "text/block_rows.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <utility>

#include "normalize/report_meta.h"
#include "normalize/value_parser.h"
#include "text/cell_tokens.h"
#include "text/columns.h"
#include "text/name_cells.h"
#include "text/markup.h"
#include "text/row_line.h"
#include "text/stray_figures.h"
#include "text/value_order.h"
#include "util/text.h"

namespace occx::plain {

namespace {

using Lines = std::vector<std::string>;
using Blocks = std::vector<Lines>;

// ---------------------------------------------------------------- values

// Fills value slots in order: numbers skip status slots, status words skip value slots.
struct SlotFiller {
    std::vector<std::string> slots;
    size_t cursor = 0;

    void fill(RowCells& row, const std::string& tok, const PatternPack& pack) {
        bool status = is_status_token(tok, pack);
        for (size_t i = cursor; i < slots.size(); ++i) {
            if (is_status_key(slots[i]) != status) continue;
            row.cells[slots[i]] = tok;
            cursor = i + 1;
            return;
        }
        row.warnings.push_back("value '" + tok + "' could not be assigned to a column");
    }
    // Moves to the first slot at or after the cursor whose key ends with suffix.
    void seek(const std::string& key) {
        for (size_t i = 0; i < slots.size(); ++i)
            if (slots[i] == key) {
                cursor = i;
                return;
            }
    }
    void seek_next(const std::string& suffix) {
        for (size_t i = cursor; i < slots.size(); ++i)
            if (slots[i].size() > suffix.size() && slots[i].compare(slots[i].size() - suffix.size(), suffix.size(), suffix) == 0) {
                cursor = i;
                return;
            }
    }
};

// How many of a row's value slots hold figures (the rest are statuses).
size_t figure_count(const std::vector<std::string>& slots) {
    return static_cast<size_t>(
        std::count_if(slots.begin(), slots.end(), [](const std::string& k) { return !is_status_key(k); }));
}

// One run of values for the whole row. A monitoring-only row prints one value per triple (its actuals).
void distribute_values(RowCells& row, const std::vector<std::string>& run, const std::vector<std::string>& slots,
                       const PatternPack& pack) {
    size_t numbers = 0;
    for (const auto& t : run)
        if (!is_status_token(t, pack)) ++numbers;
    if (numbers == 2 && run.size() == 2) {
        row.cells["period_actual"] = run[0];
        row.cells["ytd_actual"] = run[1];
        row.warnings.push_back("one value per triple: taken as the actuals");
        return;
    }
    SlotFiller f{slots, 0};
    for (const auto& t : run) f.fill(row, t, pack);
}

// ---------------------------------------------------------------- the reader

struct Layout {
    std::vector<std::string> order;  // column keys from the last readable header
    std::vector<std::string> before_text, after_text;  // value slots either side of the text columns
    bool has_director = true;  // false when a header was read and named no director column
};

Layout layout_of(const std::vector<std::string>& order) {
    Layout l;
    l.order = order;
    l.has_director = std::find(order.begin(), order.end(), "director") != order.end();
    bool seen_text = false;
    std::vector<std::string> after;
    for (const auto& k : order) {
        if (is_text_key(k)) {
            seen_text = true;
            after.clear();
        } else if (is_value_key(k)) {
            (seen_text ? after : l.before_text).push_back(k);
        }
    }
    l.after_text = after;
    if (l.before_text.empty() && l.after_text.empty()) l.after_text = default_value_order();
    return l;
}

// The text columns first, then the value columns in the given order (the monthly report's by
// default).
Layout default_layout(const std::vector<std::string>& values = default_value_order()) {
    std::vector<std::string> order = {"measure", "director", "portfolio_holder", "comment", "improvement_plan",
                                      "timeframe", "finance_impact", "risk_impact"};
    for (const auto& k : values) order.push_back(k);
    return layout_of(order);
}

// How far above the first row a header may start: a header band of one label per line.
constexpr size_t kHeaderLookback = 40;
// Two value labels are enough to tell target-first from actual-first.
constexpr size_t kMinValueLabels = 2;

// The group ("@period", "@ytd") the value labels read next fall under.
struct LabelGroup {
    std::string name = "period";
    bool has_labels = true;  // a value label was read under it
};

// The value key a raw label names under the current group, or "" ("@ytd" sets the group). A
// header's group row may flow whole before its labels ("YTD Performance", "Period", then
// "Actual", "Target", "Actual", "Target"), in either order: a group read before any label of the
// one before it says nothing of the labels' order, so they start under the period, as
// table.column_again has it (a label met again is the year to date's).
std::string value_label_key(const std::string& raw, LabelGroup& group) {
    if (raw[0] == '@') {
        group = {group.has_labels ? raw.substr(1) : "period", false};
        return "";
    }
    std::string key = raw[0] == '?' ? group.name + "_" + raw.substr(1) : is_value_key(raw) ? raw : "";
    if (!key.empty()) group.has_labels = true;
    return key;
}

// Values and printed statuses only ("35.00 GREEN"): a run of the row's value cells.
bool only_figures(const std::string& line, const PatternPack& pack) {
    bool any = false;
    for (const auto& t : value_tokens(line, pack)) {
        if (!is_value_token(t, pack) && !is_status_token(t, pack)) return false;
        any = true;
    }
    return any;
}

// Lines the flow may set between a header's labels and its first row that are no prose: the
// first rows' figures (a value column read before the id column), a priority's banner.
bool keeps_header_search(const std::string& line, const PatternPack& pack) {
    const std::string t = trim(line);
    return only_figures(t, pack) || is_status_token(t, pack) || parse_priority_banner(t, pack).has_value();
}

// Where the search for a header above the first row starts: kHeaderLookback lines up, not
// counting the blank lines that part pdftotext's blocks nor the figures and banners the flow
// may set between the header and the row.
size_t header_search_start(const Lines& lines, size_t first, const PatternPack& pack) {
    size_t start = first, counted = 0;
    while (start > 0 && counted < kHeaderLookback) {
        --start;
        if (!trim(lines[start]).empty() && !keeps_header_search(lines[start], pack)) ++counted;
    }
    return start;
}

// Rows past the first whose lines a header's labels may still be read among: pdftotext may set
// the value columns' labels, like their figures, after the first rows' text.
constexpr size_t kHeaderRowsAhead = 3;

// The value columns' order as a header printed one cell per block gives it (pdftotext without
// -layout): its value labels in reading order, over the lines above the first row and inside
// it, or the next rows' where those name fewer than kMinValueLabels (the converter may
// interleave them); a label met again is the year-to-date one (table.column_again). Prose above
// the first row starts the search again (a Key table's "Status Indicator" is no header). The
// order is mirrored_value_order's: where the labels were read says little more than which of
// actual and target comes first, and a line that names both (one header row's words) says it
// better than the blocks' order. Empty when fewer than kMinValueLabels are found.
std::vector<std::string> stream_value_order(const Lines& lines, const PatternPack& pack,
                                            std::vector<std::string>* text_keys) {
    std::vector<size_t> ids;
    for (size_t i = 0; i < lines.size() && ids.size() < kHeaderRowsAhead + 2; ++i)
        if (row_start_id(trim(lines[i]), pack)) ids.push_back(i);
    if (ids.empty()) return {};
    const size_t first = ids[0];
    auto is_id = [&](size_t i) { return std::find(ids.begin(), ids.end(), i) != ids.end(); };
    std::vector<std::string> order;
    std::vector<std::string> line_labels;  // the first line naming both an actual and a target
    LabelGroup group;
    for (size_t i = header_search_start(lines, first, pack); i < lines.size(); ++i) {
        if (i > first && is_id(i) && (order.size() >= kMinValueLabels || i == ids.back())) break;
        if (trim(lines[i]).empty() || is_id(i)) continue;
        // A label stacked over lines ("YTD" / "Actual") reads whole, else line by line.
        size_t block_end = i;
        while (block_end < lines.size() && !is_id(block_end) && !trim(lines[block_end]).empty()) ++block_end;
        Lines block(lines.begin() + static_cast<long>(i), lines.begin() + static_cast<long>(block_end));
        // the header's first label is the measure column's ("Indicator"); later ones may be a status's
        const bool after_first = !order.empty() || !text_keys->empty();
        auto labels = read_labels(collapse_whitespace(join(block, " ")), pack, true, after_first);
        if (labels && !labels->empty()) i = block_end - 1;
        else labels = read_labels(collapse_whitespace(lines[i]), pack, true, after_first);
        if (!labels) labels = read_noisy_labels(collapse_whitespace(lines[i]), pack, after_first);
        for (const auto& line : block) {
            if (!labels || !line_labels.empty()) break;
            auto own = read_labels(collapse_whitespace(line), pack, true, true);
            if (own && names_actual_and_target(*own)) line_labels = *own;
        }
        if (!labels) {
            if (i < first && !keeps_header_search(lines[i], pack)) order.clear(), text_keys->clear(), group = LabelGroup{};
            continue;
        }
        for (const auto& raw : *labels) {
            if (is_text_key(raw)) text_keys->push_back(raw);
            std::string key = value_label_key(raw, group);
            while (!key.empty() && std::find(order.begin(), order.end(), key) != order.end())
                key = pack.classify("table.column_again", key).value_or("");
            if (!key.empty()) order.push_back(key);
        }
    }
    if (order.size() < kMinValueLabels) return {};
    // words on one line keep their columns' order; blocks need not
    return mirrored_value_order(line_labels.empty() ? order : line_labels, status_leads_in_runs(lines, pack));
}

Blocks blocks_of(const Lines& lines) {
    Blocks blocks;
    Lines cur;
    for (const auto& l : lines) {
        if (trim(l).empty()) {
            if (!cur.empty()) blocks.push_back(cur);
            cur.clear();
        } else {
            cur.push_back(l);
        }
    }
    if (!cur.empty()) blocks.push_back(cur);
    return blocks;
}

size_t widest(const Lines& lines) {
    size_t w = 0;
    for (const auto& l : lines) w = std::max(w, collapse_whitespace(l).size());
    return w;
}

// A later line of a row without comment: the title's words, before the name columns' rules.
std::string title_words(std::string line, const PatternPack& pack) {
    take_trailing_values(line, pack);
    auto words = split(split_at_rules(line, pack)[0], ' ');
    std::vector<std::string> keep;
    for (const auto& w : words)
        if (!w.empty() && (w.size() > 1 || std::isalnum(static_cast<unsigned char>(w[0])) || w == "%" || w == "&"))
            keep.push_back(w);
    return join(keep, " ");
}

// "By March" / "2025": a date cell (a timeframe) wrapped before its year. The year is the date's
// text, not one of the row's figures.
bool ends_wrapped_date(const std::string& previous, const std::string& line, const PatternPack& pack) {
    const auto words = split(collapse_whitespace(previous), ' ');
    return !words.empty() && pack.full_matches_any("text.month_label", words.back() + " " + trim(line));
}

// A status printed as a glyph alone on its line ("▲"): a status cell. The token reader passes
// over marks without letters or digits (they are rules, for OCR), so it is asked here.
bool is_status_mark(const std::string& line, const PatternPack& pack) {
    const std::string t = trim(line);
    return !t.empty() && is_rule_mark(t, pack) && is_status_token(t, pack);
}

// The most letters a line of vertical text holds: a slanted or upright watermark ("OFFICIAL")
// or a rotated label comes out one or two letters a line.
constexpr size_t kMaxVerticalLetters = 2;

bool is_letter_fragment(const std::string& line) {
    const std::string t = trim(line);
    return !t.empty() && t.size() <= kMaxVerticalLetters &&
           std::all_of(t.begin(), t.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '-'; });
}

// A block of such lines, one of which at least is no status ("R" / "O"): a word set vertically,
// no cell of the row. Stacked status letters alone ("R" / "A") are left to be read as statuses.
bool is_vertical_lettering(const Lines& block, const PatternPack& pack) {
    if (block.size() < 2 || !std::all_of(block.begin(), block.end(), is_letter_fragment)) return false;
    return std::any_of(block.begin(), block.end(), [&](const std::string& l) { return !is_status_token(trim(l), pack); });
}

// A line ending a sentence well short of the text's width ends its paragraph: wrapped lines fill
// the width, a paragraph's last line rarely does.
constexpr double kParagraphEndShare = 0.8;

bool ends_sentence(const std::string& t) {
    return !t.empty() && (t.back() == '.' || t.back() == '!' || t.back() == '?' || t.back() == ':');
}

// Wrapped lines joined into paragraphs ('\n' between them); a blank line also parts them.
std::string comment_paragraphs(const Lines& lines) {
    size_t width = 0;
    for (const auto& l : lines) width = std::max(width, collapse_whitespace(l).size());
    std::string out;
    bool paragraph_ends = false;
    for (const auto& l : lines) {
        const std::string t = collapse_whitespace(l);
        if (t.empty()) {
            paragraph_ends = true;
            continue;
        }
        if (!out.empty()) out += paragraph_ends ? '\n' : ' ';
        out += t;
        paragraph_ends = ends_sentence(t) && static_cast<double>(t.size()) < kParagraphEndShare * static_cast<double>(width);
    }
    return out;
}

class RowReader {
public:
    RowReader(const PatternPack& pack, const Layout& layout, size_t narrow_width, bool paged)
        : pack_(pack), layout_(layout), narrow_width_(narrow_width), paged_(paged) {}

    RowCells read(const MeasureId& id, Lines lines, size_t id_length);

private:
    void read_row_mode(RowCells& row, const Lines& lines);
    void read_blocks(RowCells& row, const Blocks& blocks);
    bool apply_labels(RowCells& row, const std::vector<std::string>& labels);
    bool take_mark_cell(RowCells& row, const std::string& line);
    bool take_trend_and_values(RowCells& row, const std::string& line);
    std::string take_row_line(RowCells& row, const std::string& line);
    void take_line_cells(RowCells& row, const RowLineCells& cells);
    bool start_comment(const std::string& line);
    void read_holder_line(RowCells& row, std::string line, const std::string* next_line, bool* used_next);
    void assign_body(RowCells& row);
    void assign_values(RowCells& row);

    const PatternPack& pack_;
    const Layout& layout_;
    size_t narrow_width_;
    bool paged_;

    // Labelled reading (OCR kept the cell labels).
    std::string current_key_;
    bool labelled_ = false;
    SlotFiller filler_;
    struct PendingLabel {
        std::string key;  // a key, or a suffix ("_target") to find from the cursor on
        bool exact;
    };
    std::vector<PendingLabel> pending_labels_;
    std::vector<std::string> pending_values_;
    void fill_labelled(const std::string& tok) { pending_values_.push_back(tok); }
    void flush_labelled(RowCells& row);
    // Positional reading.
    Blocks body_;
    std::vector<std::string> leading_values_, trailing_values_;
    bool holder_seen_ = false;
    Lines title_lines_;
    bool row_line_read_ = false;  // the row's figures were read off its title's line (row_line.h)
    // A comment printed under the row ("Comment : ..."): the row's lines from there on.
    Lines comment_lines_;
    bool in_comment_ = false;
};

bool RowReader::apply_labels(RowCells& row, const std::vector<std::string>& raw) {
    std::vector<std::string> keys = resolve_labels(raw, pack_);
    if (raw.size() == 1 && raw[0][0] == '@') keys = {raw[0].substr(1) + "_actual"};
    if (keys.empty()) return false;
    // Labels after a row read by position belong to the next row's header: skipped.
    if (holder_seen_ && !labelled_) return true;
    labelled_ = true;
    if (keys.size() > 1) {  // a header line inside the row: nothing to fill
        current_key_.clear();
        return true;
    }
    const std::string& key = keys[0];
    if (is_value_key(key)) {
        if (!pending_values_.empty()) flush_labelled(row);
        pending_labels_.push_back(raw[0][0] == '?' ? PendingLabel{key.substr(key.find('_')), false}
                                                   : PendingLabel{key, true});
        current_key_.clear();
    } else {
        flush_labelled(row);
        current_key_ = key;
    }
    return true;
}

// Value labels and the values after them: labels stacked one per line ("Target" / "Actual")
// name the values that follow in order, while labels beyond the values' count are empty cells
// printed before them ("Status" with no status, then "YTD Actual" 96.18).
void RowReader::flush_labelled(RowCells& row) {
    if (!pending_values_.empty()) {
        const size_t m = pending_labels_.size(), n = pending_values_.size();
        if (m > 0) {
            const PendingLabel& first = pending_labels_[m > n ? m - n : 0];
            if (first.exact) filler_.seek(first.key);
            else filler_.seek_next(first.key);
        }
        for (const auto& t : pending_values_) filler_.fill(row, t, pack_);
    }
    pending_labels_.clear();
    pending_values_.clear();
}

// "Cllr A Gant 2,785 2,000 The wayleave ...": the holder, the values before the text, the text.
void RowReader::read_holder_line(RowCells& row, std::string line, const std::string* next_line, bool* used_next) {
    auto h = find_holder(line, pack_);
    std::string before = without_rule_marks(line.substr(0, h->begin), pack_);
    std::string holder = holder_text(line, *h, pack_);
    std::string rest = line.substr(h->end);
    if (!before.empty() && looks_like_name(before)) append_text(row.cells["director"], before);
    if (!h->has_surname && next_line && looks_like_name(*next_line) && split(trim(*next_line), ' ').size() == 1) {
        holder += " " + trim(*next_line);
        *used_next = true;
    }
    row.cells["portfolio_holder"] = holder;
    holder_seen_ = true;
    size_t max_leading = 0;
    for (const auto& k : layout_.before_text)
        if (!is_status_key(k)) ++max_leading;
    leading_values_ = take_leading_values(rest, max_leading ? max_leading : 6, pack_);
    body_.push_back({});
    if (!trim(rest).empty()) body_.back().push_back(rest);
}

bool has_value_cell(const RowCells& row) {
    return std::any_of(row.cells.begin(), row.cells.end(),
                       [](const auto& c) { return is_value_key(c.first) && !c.second.empty(); });
}

RowCells RowReader::read(const MeasureId& id, Lines lines, size_t id_length) {
    RowCells row;
    row.id = id;
    filler_ = SlotFiller{value_slots(layout_.order), 0};
    lines[0] = lines[0].substr(id_length);
    if (find_holder(lines[0], pack_)) {
        read_row_mode(row, lines);
        return row;
    }
    read_blocks(row, blocks_of(lines));
    if (!labelled_) {
        if (!row_line_read_) assign_values(row);
        assign_body(row);
    } else if (!has_value_cell(row)) {
        // labels without figures under them: the row's figures were set elsewhere in the flow
        row.value_slots = value_slots(layout_.order);
    }
    return row;
}

// A unit or trend mark alone on its line, after the title and before any value or text: the
// Unit and Trend columns' cells, which pdftotext prints one block each.
bool RowReader::take_mark_cell(RowCells& row, const std::string& line) {
    const bool text_seen = std::any_of(body_.begin(), body_.end(), [](const Lines& b) { return !b.empty(); });
    if (!leading_values_.empty() || !trailing_values_.empty() || text_seen) return false;
    const std::string t = trim(line);
    for (const char* key : {"unit", "trend"}) {
        if (row.has(key) || !pack_.full_matches_any(std::string("text.") + key, t)) continue;
        row.cells[key] = t;
        return true;
    }
    return false;
}

// "↑ 64,000.00 62,176.00 AMBER ...": a Trend cell and the values after it on one line.
bool RowReader::take_trend_and_values(RowCells& row, const std::string& line) {
    const std::string t = trim(line);
    const size_t gap = t.find(' ');
    if (gap == std::string::npos || row.has("trend")) return false;
    const std::string mark = t.substr(0, gap), rest = t.substr(gap + 1);
    if (!pack_.full_matches_any("text.trend", mark) || !only_figures(rest, pack_)) return false;
    row.cells["trend"] = mark;
    for (const auto& v : value_tokens(rest, pack_)) (holder_seen_ ? trailing_values_ : leading_values_).push_back(v);
    return true;
}

// A title's line that ends with the row's cells (OCR's text of a one-line row, row_line.h):
// they are taken, and the title's words returned. OCR sets them on the id's line; on later
// lines, figures among the title's words are other columns' cells that a converter interleaved.
std::string RowReader::take_row_line(RowCells& row, const std::string& line) {
    if (!title_lines_.empty() || holder_seen_) return line;
    std::vector<std::string> slots = value_slots(layout_.order);
    auto cells = split_row_line(line, figure_count(slots), pack_);
    if (!cells) return line;
    row_line_read_ = true;
    take_line_cells(row, *cells);
    row.value_run = cells->values;
    row.value_slots = std::move(slots);
    distribute_values(row, cells->values, row.value_slots, pack_);
    return cells->title;
}

// The unit and trend of a row read off its line (row_line.h), and a word on what could not be read.
void RowReader::take_line_cells(RowCells& row, const RowLineCells& cells) {
    if (!cells.unit.empty() && !row.has("unit")) row.cells["unit"] = cells.unit;
    if (!cells.trend.empty() && !row.has("trend")) row.cells["trend"] = cells.trend;
    if (cells.unread_marks > 0)
        row.warnings.push_back(std::to_string(cells.unread_marks) +
                               " cell(s) on the row's line could not be read (a status or mark OCR garbled)");
}

// A full-width comment line under the row (table.comment_line): it and the lines after it
// are the comment.
bool RowReader::start_comment(const std::string& line) {
    std::string text;
    if (!RE2::FullMatch(trim(line), pack_.one("table.comment_line"), &text)) return false;
    in_comment_ = true;
    comment_lines_.push_back(text);
    return true;
}

void RowReader::read_blocks(RowCells& row, const Blocks& blocks) {
    current_key_ = "measure";
    for (size_t b = 0; b < blocks.size(); ++b) {
        const Lines& block = blocks[b];
        if (b > 0 && current_key_ == "measure") current_key_.clear();
        if (b > 0) {
            auto labels = read_labels(collapse_whitespace(join(block, " ")), pack_, true, true);
            if (labels && !labels->empty() && apply_labels(row, *labels)) continue;
        }
        if (is_vertical_lettering(block, pack_)) continue;
        if (holder_seen_ && !labelled_) body_.push_back({});
        for (size_t i = 0; i < block.size(); ++i) {
            const std::string& line = block[i];
            if (!paged_ && is_page_number(line)) continue;
            if (in_comment_) {
                comment_lines_.push_back(line);
                continue;
            }
            // A comment under the row opens a block of its own; inside a cell, "comments about"
            // is the cell's text.
            if (b > 0 && i == 0 && start_comment(line)) continue;
            if (b > 0 || i > 0) {
                auto labels = read_labels(collapse_whitespace(line), pack_, true, true);
                if (labels && !labels->empty() && apply_labels(row, *labels)) continue;
            }
            if (labelled_) {
                if (only_values(line, pack_)) {
                    for (const auto& t : value_tokens(line, pack_)) fill_labelled(t);
                } else if (!current_key_.empty()) {
                    append_text(row.cells[current_key_], trim(line), i == 0 && is_text_key(current_key_) ? '\n' : ' ');
                } else if (is_status_token(trim(line), pack_)) {
                    fill_labelled(trim(line));
                }
                continue;
            }
            if (current_key_ == "measure") {
                const std::string title = take_row_line(row, line);
                append_text(row.cells["measure"], trim(title));
                title_lines_.push_back(title);
            } else if (!holder_seen_ && find_holder(line, pack_)) {
                bool used_next = false;
                read_holder_line(row, line, i + 1 < block.size() ? &block[i + 1] : nullptr, &used_next);
                if (used_next) ++i;
            } else if (i > 0 && ends_wrapped_date(block[i - 1], line, pack_)) {
                if (holder_seen_) body_.back().push_back(line);
            } else if (!holder_seen_ && only_figures(line, pack_)) {
                // before the name test: a status word ("RED") is capitalised too
                for (const auto& t : value_tokens(line, pack_)) leading_values_.push_back(t);
            } else if (!holder_seen_ && layout_.has_director && looks_like_name(line)) {
                append_text(row.cells["director"], trim(line));
            } else if (take_trend_and_values(row, line)) {
                continue;
            } else if (take_mark_cell(row, line)) {
                continue;
            } else if (holder_seen_ && only_figures(line, pack_)) {
                for (const auto& t : value_tokens(line, pack_)) trailing_values_.push_back(t);
            } else if (is_status_mark(line, pack_)) {
                (holder_seen_ ? trailing_values_ : leading_values_).push_back(trim(line));
            } else if (holder_seen_) {
                body_.back().push_back(line);
            }
        }
    }
    flush_labelled(row);
    if (!comment_lines_.empty()) append_text(row.cells["comment"], comment_paragraphs(comment_lines_), '\n');
    // The director's name printed at the end of the title's lines: "... plans Kevin" / "Gordon".
    if (!labelled_ && !row.has("director") && title_lines_.size() >= 2 &&
        split(trim(title_lines_.back()), ' ').size() == 1 && looks_like_name(title_lines_.back())) {
        auto words = split(collapse_whitespace(title_lines_[title_lines_.size() - 2]), ' ');
        if (words.size() > 1 && looks_like_name(words.back())) {
            row.cells["director"] = words.back() + " " + trim(title_lines_.back());
            title_lines_.pop_back();
            words.pop_back();
            title_lines_.back() = join(words, " ");
            row.cells["measure"] = collapse_whitespace(join(title_lines_, " "));
        }
    }
    // A surname alone: the director's first name was printed at the end of the title.
    if (!labelled_ && row.has("director") && split(row.cells["director"], ' ').size() == 1) {
        auto words = split(collapse_whitespace(row.cells["measure"]), ' ');
        if (words.size() > 1 && looks_like_name(words.back())) {
            row.cells["director"] = words.back() + " " + row.cells["director"];
            words.pop_back();
            row.cells["measure"] = join(words, " ");
        }
    }
}

// The values after the text columns end the row: on a line of their own or after the last text.
void RowReader::assign_values(RowCells& row) {
    for (auto b = body_.rbegin(); b != body_.rend() && trailing_values_.empty(); ++b) {
        while (!b->empty() && trim(b->back()).empty()) b->pop_back();
        if (b->empty()) continue;
        trailing_values_ = take_trailing_values(b->back(), pack_);
        if (trim(b->back()).empty()) b->pop_back();
        break;
    }
    bool text = false;
    for (const auto& b : body_)
        if (!b.empty()) text = true;
    if (!leading_values_.empty() && !trailing_values_.empty() && !layout_.before_text.empty()) {
        SlotFiller before{layout_.before_text, 0}, after{layout_.after_text, 0};
        for (const auto& t : leading_values_) before.fill(row, t, pack_);
        for (const auto& t : trailing_values_) after.fill(row, t, pack_);
        return;
    }
    std::vector<std::string> run = leading_values_;
    run.insert(run.end(), trailing_values_.begin(), trailing_values_.end());
    if (text && trailing_values_.empty() && !layout_.before_text.empty()) {
        SlotFiller before{layout_.before_text, 0};
        for (const auto& t : run) before.fill(row, t, pack_);
        return;
    }
    row.value_run = run;
    row.value_slots = value_slots(layout_.order);
    distribute_values(row, run, row.value_slots, pack_);
}

// Text after the holder: the wide comment column first, then the narrow finance and risk columns.
void RowReader::assign_body(RowCells& row) {
    std::vector<std::string> narrow;
    bool first = true;  // the first block of text (a unit's or trend's block leaves none)
    for (size_t b = 0; b < body_.size(); ++b) {
        if (body_[b].empty()) continue;
        std::string text = collapse_whitespace(join(body_[b], " "));
        if (std::exchange(first, false) || widest(body_[b]) > narrow_width_) {
            if (narrow.empty()) append_text(row.cells["comment"], text, '\n');
            else narrow.back() += "\n" + text;
        } else {
            narrow.push_back(text);
        }
    }
    // One line holding both narrow cells, kept apart by a wide gap.
    if (narrow.size() == 1 && body_.back().size() == 1) {
        std::string line = body_.back().back();
        size_t gap = line.find("  ");
        if (gap != std::string::npos && !trim(line.substr(gap)).empty()) {
            narrow = {trim(line.substr(0, gap)), trim(line.substr(gap))};
        }
    }
    if (!narrow.empty()) row.cells["finance_impact"] = narrow[0];
    for (size_t i = 1; i < narrow.size(); ++i) append_text(row.cells["risk_impact"], narrow[i], '\n');
}

// OCR read the table row by row: the first line holds the start of every cell and the values.
void RowReader::read_row_mode(RowCells& row, const Lines& lines) {
    std::string line = lines[0];
    auto h = find_holder(line, pack_);
    std::string rest = line.substr(h->end);
    auto values = take_trailing_values(rest, pack_);
    // A surname counts only where a rule, a unit, a value or the line's end follows it; else it is comment.
    std::string after = line.substr(h->end);
    auto after_words = split(collapse_whitespace(after), ' ');
    bool surname_ends_cell = after_words.empty() || after_words[0].empty() ||
                             is_rule_mark(after_words[0].substr(0, 1), pack_) ||
                             is_value_token(after_words[0], pack_) || pack_.full_matches_any("text.unit", after_words[0]);
    std::string holder = holder_text(line, *h, pack_);
    if (h->has_surname && !surname_ends_cell) {
        rest = holder.substr(holder.rfind(' ')) + " " + rest;
        holder = holder.substr(0, holder.rfind(' '));
    }
    // The values before the comment, after the unit and trend ("# ↑ 39.50 34.46 … Waste activity …").
    const std::vector<std::string> slots = value_slots(layout_.order);
    if (values.empty())
        if (auto cells = split_leading_row_cells(rest, figure_count(slots), pack_)) {
            take_line_cells(row, *cells);
            values = cells->values;
            rest = cells->title;
        }
    distribute_values(row, values, slots, pack_);
    std::vector<std::string> clean;
    for (const auto& p : split_at_rules(line.substr(0, h->begin), pack_))
        if (!p.empty()) clean.push_back(p);
    std::string title, director;
    if (clean.size() >= 2) {
        title = clean.front();
        director = name_start(clean.back());
    } else if (clean.size() == 1) {
        director = trailing_name(clean[0], 2, &title);
    }
    std::string comment = collapse_whitespace(join(split_at_rules(rest, pack_), " "));
    // The second line carries the surnames the first line lacks, after the title's next words.
    size_t needed = (split(director, ' ').size() == 1 ? 1 : 0) + (split(holder, ' ').size() == 2 ? 1 : 0);
    bool director_first = split(director, ' ').size() == 1;
    size_t title_from = 1;
    for (size_t i = 1; i < lines.size() && needed > 0; ++i) {
        if (trim(lines[i]).empty()) continue;
        std::vector<std::string> names;
        std::string before = take_surnames(lines[i], needed, names, pack_);
        if (names.size() == needed) {
            size_t k = 0;
            if (director_first) director += " " + names[k++];
            if (k < names.size()) holder += " " + names[k];
            append_text(title, before);
            title_from = i + 1;
        }
        break;
    }
    // Without a comment, the lines below hold only the title (and names, past the rules).
    if (comment.empty())
        for (size_t i = title_from; i < lines.size(); ++i) append_text(title, title_words(lines[i], pack_));
    row.cells["measure"] = title;
    row.cells["director"] = director;
    row.cells["portfolio_holder"] = holder;
    if (!comment.empty()) row.cells["comment"] = comment;
    // Statuses the OCR kept (n/a) sit at the ends of the following lines.
    for (size_t i = 1; i < lines.size(); ++i) {
        std::string l = lines[i];
        auto run = take_trailing_values(l, pack_);
        bool all_status = !run.empty() && std::all_of(run.begin(), run.end(), [&](const std::string& t) { return is_status_token(t, pack_); });
        if (!all_status) continue;
        SlotFiller f{{"period_status", "ytd_status"}, 0};
        for (const auto& t : run) f.fill(row, t, pack_);
        break;
    }
    row.warnings.push_back("OCR read the row line by line: title, names and comment are partial");
}

// ---------------------------------------------------------------- regions

bool is_header_line(const std::string& line, const PatternPack& pack, std::vector<std::string>* order) {
    auto labels = read_labels(collapse_whitespace(line), pack, true);
    if (!labels || labels->size() < 4) return false;
    if (order) *order = resolve_labels(*labels, pack);
    return true;
}

size_t narrow_column_width(const std::vector<std::string>& lines) {
    size_t w = 0;
    for (const auto& l : lines) w = std::max(w, collapse_whitespace(l).size());
    // pdftotext wraps the narrow impact columns at well under two thirds of the comment column.
    return std::min<size_t>(w, 72) * 2 / 3;
}

// A row whose id the report did not print: a holder with the row's values, outside any row.
bool starts_unnamed_row(const std::string& line, const PatternPack& pack) {
    if (!find_holder(line, pack)) return false;
    std::string rest = line;
    return take_trailing_values(rest, pack).size() >= 2;
}

// A row whose id OCR lost cannot be named: guessing it from its neighbours' numbers would put
// one measure's figures under another's id, so it is dropped (and its loss counted by the
// document's coverage, which knows the ids printed at row starts).
void drop_unnamed_rows(std::vector<RowCells>& rows) {
    rows.erase(std::remove_if(rows.begin(), rows.end(), [](const RowCells& r) { return r.id.id.empty(); }),
               rows.end());
}

// ---------------------------------------------------------------- values printed as one block

// A converter that reads a page block by block (pdftotext without -layout) prints the value
// cells of several neighbouring rows as one block when nothing else stands between them: the
// first row then holds its own values and its followers', and the followers hold none.
//
// A row's share: the commonest length of a row's run among rows whose run fits its columns.
// Rows must agree on it: at least this many of them.
constexpr size_t kMinRowsAgreeing = 2;

size_t common_run_length(const std::vector<RowCells>& rows) {
    std::map<size_t, size_t> count;
    for (const auto& r : rows) {
        const size_t n = r.value_run.size();
        if (n > 0 && n <= r.value_slots.size()) ++count[n];
    }
    size_t best = 0, seen = 0;
    for (const auto& [n, c] : count)
        if (c > seen) best = n, seen = c;
    return seen >= kMinRowsAgreeing ? best : 0;
}

bool is_unplaced_value_warning(const std::string& w) {
    return w.rfind("value '", 0) == 0 && w.find("could not be assigned") != std::string::npos;
}

void deal_values(RowCells& row, const std::vector<std::string>& share, const std::vector<std::string>& slots,
                 const PatternPack& pack) {
    for (auto it = row.cells.begin(); it != row.cells.end();)
        it = is_value_key(it->first) ? row.cells.erase(it) : std::next(it);
    std::erase_if(row.warnings, is_unplaced_value_warning);
    distribute_values(row, share, slots, pack);
}

// A row that met no figure of its own: no value, or fewer markers than a share ("n/r" in a
// text cell), and read by position.
bool reads_no_figures(const RowCells& row, size_t share, const PatternPack& pack) {
    if (row.value_slots.empty() || row.value_run.size() >= share) return false;
    return std::all_of(row.value_run.begin(), row.value_run.end(),
                       [&](const std::string& t) { return is_status_token(t, pack); });
}

// Deals a run of whole shares out to the rows after it that read no figures of their own, in
// order (a priority's banner may stand between them: it is set in another block). A run that is not whole shares, or more shares than such rows follow, is left as read
// (its surplus stays a warning): dealing it would put one measure's figures under another's id.
void deal_value_blocks(std::vector<RowCells>& rows, const PatternPack& pack) {
    const size_t share = common_run_length(rows);
    if (share == 0) return;
    for (size_t i = 0; i < rows.size(); ++i) {
        const std::vector<std::string> run = rows[i].value_run;
        if (run.size() <= share || run.size() % share != 0) continue;
        const size_t followers = run.size() / share - 1;
        if (i + followers >= rows.size()) continue;
        bool short_of_values = true;
        for (size_t k = 1; k <= followers; ++k)
            short_of_values = short_of_values && reads_no_figures(rows[i + k], share, pack);
        if (!short_of_values) continue;
        for (size_t k = 0; k <= followers; ++k) {
            const std::vector<std::string> part(run.begin() + static_cast<long>(k * share),
                                                run.begin() + static_cast<long>((k + 1) * share));
            deal_values(rows[i + k], part, rows[i + k].value_slots, pack);
            rows[i + k].value_run = part;  // what the row holds now, for the passes after this one
            if (k > 0)
                rows[i + k].warnings.push_back("values read from a block printed with " + rows[i].id.id +
                                               "'s row: taken in row order");
        }
        i += followers;
    }
}

// ---------------------------------------------------------------- figures before a row's id

// pdftotext may read a page's value column before its id column: the first rows' figures then
// stand between the header and the first id, outside any row. Figure lines met outside a row
// are kept for the row that opens next, which deal_value_blocks and deal_stray_figures share
// out in row order. Prose between parts them from the rows (a Key's "▲" / "Misses target").
class FiguresBeforeRow {
public:
    // Notes a line outside any row.
    void see(const std::string& line, const PatternPack& pack) {
        const std::string t = trim(line);
        if (t.empty() || is_letter_fragment(t) || parse_priority_banner(t, pack)) return;
        if (only_figures(t, pack) || is_status_mark(t, pack)) {
            lines_.push_back(t);
            return;
        }
        auto labels = read_labels(collapse_whitespace(t), pack, true, true);
        if (!labels || labels->empty()) lines_.clear();  // prose: what came before is no row's
    }
    // The kept lines, given to the row that opens now.
    Lines take() { return std::exchange(lines_, {}); }

private:
    Lines lines_;
};

}  // namespace

std::vector<RowCells> read_block_rows(const std::vector<std::string>& raw_lines, const Sections& sections,
                                      const PatternPack& pack, bool paged) {
    std::vector<std::string> lines;
    for (const auto& l : raw_lines) lines.push_back(strip_markup(l, pack));
    std::vector<std::string> text_keys;
    const std::vector<std::string> stream_order = stream_value_order(lines, pack, &text_keys);
    Layout layout = stream_order.empty() ? default_layout() : default_layout(stream_order);
    // a header read whole enough to name the measure column tells whether a director column exists
    if (!stream_order.empty() && std::find(text_keys.begin(), text_keys.end(), "measure") != text_keys.end())
        layout.has_director = std::find(text_keys.begin(), text_keys.end(), "director") != text_keys.end();
    const size_t narrow = narrow_column_width(lines);
    std::vector<RowCells> rows;
    std::optional<MeasureId> id;
    size_t id_length = 0;
    Lines region;
    FiguresBeforeRow before_row;
    Lines early_figures;  // the figures met before this row's id: a block of their own at its end
    auto close = [&]() {
        if (id) {
            const bool early = !early_figures.empty();
            if (early) region.push_back("");
            region.insert(region.end(), early_figures.begin(), early_figures.end());
            early_figures.clear();
            RowReader reader(pack, layout, narrow, paged);
            rows.push_back(reader.read(*id, region, id_length));
            if (early) rows.back().warnings.push_back("figures printed before the row's id: read as the row's");
        }
        id.reset();
        region.clear();
    };
    for (size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        std::vector<std::string> order;
        if (sections.outside_rows[i] || pack.matches_any("text.total_row", line)) {
            close();
            before_row.see(line, pack);
            continue;
        }
        if (is_header_line(line, pack, &order)) {
            close();
            layout = layout_of(order);
            continue;
        }
        size_t used = 0;
        if (!id && !row_start_id(trim(line), pack) && starts_unnamed_row(line, pack) &&
            !sections.priority_at[i].empty()) {
            id = MeasureId{"", sections.priority_at[i]};
            id_length = 0;
            region.push_back(trim(line));
            continue;
        }
        if (auto next = row_start_id(trim(line), pack, &used)) {
            close();
            id = next;
            id_length = used;
            region.push_back(trim(line));
            early_figures = before_row.take();
            continue;
        }
        if (id) region.push_back(line);
        else before_row.see(line, pack);
    }
    close();
    drop_unnamed_rows(rows);
    deal_value_blocks(rows, pack);
    deal_stray_figures(rows, pack);
    return rows;
}

}  // namespace occx::plain
