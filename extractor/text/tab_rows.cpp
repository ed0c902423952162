#include "text/tab_rows.h"

#include <algorithm>
#include <optional>

#include "text/columns.h"
#include "text/fragments.h"
#include "text/markup.h"
#include "util/text.h"

namespace occx::plain {

namespace {

struct Header {
    std::vector<std::vector<std::string>> cells;  // raw labels per cell
    std::vector<std::string> order;               // column keys, one per data cell
};

bool only_generic(const std::vector<std::vector<std::string>>& cells) {
    for (const auto& c : cells)
        for (const auto& l : c)
            if (l[0] != '?') return false;
    return true;
}

bool has_group(const std::vector<std::vector<std::string>>& cells) {
    for (const auto& c : cells)
        for (const auto& l : c)
            if (l[0] == '@') return true;
    return false;
}

std::vector<std::string> order_of(const std::vector<std::vector<std::string>>& cells, const PatternPack& pack) {
    std::vector<std::string> raw;
    for (const auto& c : cells) raw.insert(raw.end(), c.begin(), c.end());
    return resolve_labels(raw, pack);
}

// A header of two lines: group headings ("Period Performance") above their sub-labels.
std::vector<std::string> combined_order(const Header& top, const std::vector<std::vector<std::string>>& sub,
                                        const PatternPack& pack) {
    std::vector<std::string> raw;
    std::string group;
    size_t n = std::max(top.cells.size(), sub.size());
    for (size_t i = 0; i < n; ++i) {
        if (i < top.cells.size())
            for (const auto& l : top.cells[i]) {
                if (l[0] == '@') group = l;
                else raw.push_back(l);
            }
        if (i < sub.size() && !sub[i].empty()) {
            if (!group.empty()) raw.push_back(group);
            raw.insert(raw.end(), sub[i].begin(), sub[i].end());
        }
    }
    return resolve_labels(raw, pack);
}

size_t first_value_column(const std::vector<std::string>& order) {
    for (size_t i = 0; i < order.size(); ++i)
        if (is_value_key(order[i])) return i;
    return order.size();
}

// A unit glued into the title by the converter ("... trees %") is moved to the unit.
void move_glued_unit(RowCells& row, const PatternPack& pack) {
    if (row.has("unit")) return;
    auto words = split(collapse_whitespace(row.cells["measure"]), ' ');
    for (size_t i = 1; i < words.size(); ++i) {
        if (!pack.full_matches_any("text.unit", words[i])) continue;
        row.cells["unit"] = words[i];
        words.erase(words.begin() + static_cast<long>(i));
        row.cells["measure"] = join(words, " ");
        return;
    }
}

void put(RowCells& row, const std::string& key, const std::string& text) {
    if (key.empty() || text.empty()) return;
    append_text(row.cells[key], text, is_text_key(key) ? '\n' : ' ');
}

// Maps a row's cells to the header's columns: by position when the counts agree, else the
// leading cells left to right and the value block aligned to the right end.
void map_cells(RowCells& row, std::vector<std::string> cells, const std::vector<std::string>& order) {
    while (cells.size() > order.size() && cells.back().empty()) cells.pop_back();
    if (cells.size() >= order.size()) {
        for (size_t i = 0; i < order.size(); ++i) put(row, order[i], cells[i]);
        return;
    }
    size_t v = first_value_column(order);
    size_t tail = order.size() - v;
    size_t lead = cells.size() > tail ? cells.size() - tail : 1;
    for (size_t i = 0; i < lead && i < v; ++i) put(row, order[i], cells[i]);
    for (size_t i = lead; i < cells.size(); ++i) put(row, order[v + (i - lead)], cells[i]);
}

struct Reader {
    const std::vector<std::string>& lines;
    const Sections& sections;
    const PatternPack& pack;
    Vocabulary vocabulary;
    std::optional<Header> header;
    bool header_above = false;  // the previous line was a header
    std::optional<RowCells> row;
    std::vector<RowCells> rows;

    void close_row() {
        if (row) rows.push_back(std::move(*row));
        row.reset();
    }

    bool comments_below() const {
        return header && std::find(header->order.begin(), header->order.end(), "comment") == header->order.end();
    }

    RowCells start_row(const MeasureId& id, std::vector<std::string> cells, size_t consumed) {
        RowCells r;
        r.id = id;
        cells[0] = trim(cells[0].substr(consumed));
        map_cells(r, cells, header->order);
        if (std::find(header->order.begin(), header->order.end(), "unit") != header->order.end())
            move_glued_unit(r, pack);
        return r;
    }

    bool read_header(const std::vector<std::string>& cells) {
        auto labels = read_header_cells(cells, pack);
        if (!labels) return false;
        if (header && header_above && only_generic(*labels) && has_group(header->cells)) {
            header->order = combined_order(*header, *labels, pack);
        } else {
            header = Header{*labels, order_of(*labels, pack)};
        }
        return true;
    }

    void continue_row(const std::vector<std::string>& cells) {
        for (size_t i = 1; i < cells.size() && i < header->order.size(); ++i)
            if (!is_watermark(cells[i], pack)) put(*row, header->order[i], cells[i]);
    }

    void free_line(std::vector<std::string> cells);
    void flattened_rows(const std::string& text, const std::vector<size_t>& starts);

    void run();
};

// Where the value run ("% 90.00 100.00") that precedes an embedded id begins.
size_t value_run_start(const std::string& text, size_t id_pos, const PatternPack& pack) {
    size_t start = id_pos;
    while (start > 0) {
        size_t e = start;
        while (e > 0 && text[e - 1] == ' ') --e;
        size_t b = e;
        while (b > 0 && text[b - 1] != ' ') --b;
        std::string tok = text.substr(b, e - b);
        if (tok.empty() || !(pack.full_matches_any("values.number", tok) || pack.full_matches_any("text.unit", tok)))
            break;
        start = b;
    }
    return start;
}

// Ids in the middle of a line that start a flattened row: preceded by a value or unit.
std::vector<size_t> embedded_row_starts(const std::string& text, const PatternPack& pack) {
    std::vector<size_t> starts;
    re2::StringPiece input(text);
    re2::StringPiece m;
    size_t pos = 1;
    while (pos < text.size() &&
           pack.one("ids.measure_id").Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
        size_t at = static_cast<size_t>(m.data() - text.data());
        pos = at + m.size();
        if (at == 0 || text[at - 1] != ' ') continue;
        if (value_run_start(text, at, pack) < at) starts.push_back(at);
    }
    return starts;
}

void Reader::flattened_rows(const std::string& text, const std::vector<size_t>& starts) {
    put(*row, "comment", trim(text.substr(0, value_run_start(text, starts[0], pack))));
    const auto slots = value_slots(header->order);
    for (size_t k = 0; k < starts.size(); ++k) {
        size_t begin = value_run_start(text, starts[k], pack);
        size_t end = k + 1 < starts.size() ? value_run_start(text, starts[k + 1], pack) : text.size();
        std::string head = text.substr(begin, end - begin), comment;
        re2::StringPiece m;
        if (pack.one("text.comment_label").Match(head, 0, head.size(), RE2::UNANCHORED, &m, 1)) {
            size_t at = static_cast<size_t>(m.data() - head.data());
            comment = trim(head.substr(at + m.size()));
            head = head.substr(0, at);
        }
        close_row();
        row = RowCells{};
        std::vector<std::string> title, numbers, statuses;
        for (const auto& tok : split(collapse_whitespace(head), ' ')) {
            size_t used = 0;
            if (auto id = row_start_id(tok, pack, &used); id && row->id.id.empty()) row->id = *id;
            else if (parse_status(tok, pack)) statuses.push_back(tok);
            else if (pack.full_matches_any("text.unit", tok)) row->cells["unit"] = tok;
            else if (pack.full_matches_any("text.trend", tok)) row->cells["trend"] = tok;
            else if (pack.full_matches_any("values.number", tok)) numbers.push_back(tok);
            else title.push_back(tok);
        }
        row->cells["measure"] = join(title, " ");
        row->cells["comment"] = comment;
        size_t n = 0, s = 0;
        for (const auto& slot : slots) {
            if (is_status_key(slot) && s < statuses.size()) row->cells[slot] = statuses[s++];
            else if (!is_status_key(slot) && n < numbers.size()) row->cells[slot] = numbers[n++];
        }
        row->warnings.push_back("row was flattened onto one line by the converter; values assigned in header order");
    }
}

// A line under a row that is neither a row nor a continuation: free text printed below the row
// (comments), watermark fragments, or rows flattened into it.
void Reader::free_line(std::vector<std::string> cells) {
    if (!comments_below()) return;
    cells.erase(std::remove_if(cells.begin(), cells.end(),
                               [&](const std::string& c) { return c.empty() || is_watermark(c, pack); }),
                cells.end());
    if (cells.empty()) return;
    std::string text = join_fragments(cells, vocabulary);
    re2::StringPiece m;
    if (pack.one("text.comment_label").Match(text, 0, text.size(), RE2::ANCHOR_START, &m, 1))
        text = trim(text.substr(m.size()));
    auto starts = embedded_row_starts(text, pack);
    if (starts.empty()) put(*row, "comment", text);
    else flattened_rows(text, starts);
}

void Reader::run() {
    vocabulary.learn(lines);
    for (size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        bool was_header = header_above;
        header_above = false;
        if (sections.outside_rows[i]) {
            close_row();
            continue;
        }
        if (trim(line).empty()) continue;
        std::vector<std::string> cells = split_cells(line, pack);
        if (pack.matches_any("text.total_row", cells[0])) {
            close_row();
            continue;
        }
        size_t consumed = 0;
        auto id = row_start_id(cells[0], pack, &consumed);
        if (id && header) {
            close_row();
            row = start_row(*id, cells, consumed);
            continue;
        }
        header_above = was_header;
        if (!id && line.find('\t') != std::string::npos && read_header(cells)) {
            header_above = true;
            continue;
        }
        header_above = false;
        if (!row) continue;
        if (cells[0].empty() && cells.size() > 1 && !comments_below()) continue_row(cells);
        else free_line(cells);
    }
    close_row();
}

}  // namespace

std::vector<RowCells> read_tab_rows(const std::vector<std::string>& lines, const Sections& sections,
                                    const PatternPack& pack) {
    Reader reader{lines, sections, pack, {}, {}, false, {}, {}};
    reader.run();
    return reader.rows;
}

}  // namespace occx::plain
