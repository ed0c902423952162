#include "text/cabinet_parser.h"

#include <cctype>
#include <cstdlib>
#include <optional>
#include <set>

#include "normalize/fields.h"
#include "normalize/report_meta.h"
#include "normalize/value_parser.h"
#include "text/markup.h"
#include "text/sections.h"
#include "util/text.h"

namespace occx {

using namespace plain;

namespace {

using Cells = std::vector<std::string>;

// The column key a header cell names, from a rewrite list (text.rag_column), else "".
std::string column_key(const std::string& cell, const char* key, const PatternPack& pack) {
    std::string c = collapse_whitespace(cell);
    for (const auto& p : pack.list(key)) {
        if (!RE2::FullMatch(c, *p.re)) continue;
        return p.rewrite ? *p.rewrite : c;
    }
    return "";
}

int rag_columns_in(const Cells& cells, const PatternPack& pack) {
    int n = 0;
    for (const auto& c : cells)
        if (!column_key(c, "text.rag_column", pack).empty()) ++n;
    return n;
}

bool is_month_label(const std::string& cell, const PatternPack& pack) {
    return RE2::FullMatch(collapse_whitespace(cell), pack.one("text.month_label"));
}

void set_count(RagCounts& r, const std::string& key, int n) {
    if (key == "green") r.green = n;
    else if (key == "amber") r.amber = n;
    else if (key == "red") r.red = n;
    else if (key == "monitoring_only") r.monitoring_only = n;
    else if (key == "data_unavailable") r.data_unavailable = n;
    else if (key == "no_complaints") r.no_complaints = n;
    else if (key == "total") r.total = n;
}

// A RAG table: its header names the groups, an optional sub-header marks each group's count
// column; each data row's label says whether it is a summary row or a reporting month.
struct RagTable {
    std::vector<std::string> key_of_column;  // "" for columns that hold no count

    static RagTable from_header(const Cells& header, const Cells* sub, const PatternPack& pack) {
        RagTable t;
        std::string group;
        size_t n = std::max(header.size(), sub ? sub->size() : 0);
        for (size_t i = 0; i < n; ++i) {
            std::string key = i < header.size() ? column_key(header[i], "text.rag_column", pack) : "";
            bool starts_group = !key.empty();
            if (starts_group) group = key;
            bool count = sub ? (i < sub->size() && pack.full_matches_any("text.rag_count", collapse_whitespace((*sub)[i])))
                             : starts_group;
            t.key_of_column.push_back(count && i > 0 ? group : "");
        }
        return t;
    }

    RagCounts read_row(const Cells& cells, const PatternPack& pack, std::vector<std::string>& warnings) const {
        RagCounts r;
        r.row = collapse_whitespace(cells[0]);
        for (size_t i = 1; i < cells.size() && i < key_of_column.size(); ++i) {
            if (key_of_column[i].empty() || trim(cells[i]).empty()) continue;
            auto v = parse_value(cells[i], pack);
            if (v && v->value) set_count(r, key_of_column[i], static_cast<int>(*v->value));
            else warnings.push_back("RAG count '" + cells[i] + "' in row '" + r.row + "' is not a number");
        }
        return r;
    }
};

std::optional<MeasureRef> measure_ref(const std::string& cell, const PatternPack& pack) {
    std::string c = collapse_whitespace(cell);
    size_t used = 0;
    auto id = leading_measure_id(c, pack, &used);
    if (!id) return std::nullopt;
    MeasureRef m;
    m.measure_id = id->id;
    std::string title = trim(c.substr(used));
    if (!title.empty()) m.title = title;
    return m;
}

std::string title_case(std::string s) {
    s = to_lower_ascii(s);
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

class CabinetReader {
public:
    CabinetReader(const std::vector<std::string>& lines, const PatternPack& pack) : pack_(pack) {
        for (const auto& l : lines) rows_.push_back(split_cells(l, pack));
    }

    CabinetReport read(const std::string& text);

private:
    void read_period(const std::string& text);
    size_t read_rag_table(size_t at);
    size_t read_red_list(size_t at);
    void read_status_change(const Cells& cells);
    size_t read_exceptions(size_t at);
    bool is_exception_header(const Cells& cells) const;

    const PatternPack& pack_;
    std::vector<Cells> rows_;
    CabinetReport report_;
    int report_month_ = 0;
};

void CabinetReader::read_period(const std::string& text) {
    report_.report = find_report_period(text, pack_);
    std::string month, year;
    if (RE2::PartialMatch(text, pack_.one("report.report_month"), &month, &year)) {
        report_.period_label = title_case(month) + " " + year;
        report_month_ = month_number(month);
    } else if (report_.report.period_end) {
        report_month_ = std::atoi(report_.report.period_end->substr(5, 2).c_str());
    }
}

size_t CabinetReader::read_rag_table(size_t at) {
    const Cells& header = rows_[at];
    const Cells* sub = nullptr;
    size_t i = at + 1;
    if (i < rows_.size() && trim(rows_[i][0]).empty() && rows_[i].size() > 1) sub = &rows_[i++];
    RagTable table = RagTable::from_header(header, sub, pack_);
    for (; i < rows_.size(); ++i) {
        const Cells& cells = rows_[i];
        if (cells.size() == 1 && trim(cells[0]).empty()) continue;  // a blank line inside the table
        if (cells.size() < 2 || trim(cells[0]).empty() || rag_columns_in(cells, pack_) >= 3) break;
        RagCounts r = table.read_row(cells, pack_, report_.warnings);
        (is_month_label(cells[0], pack_) ? report_.monthly_comparison : report_.rag_summary).push_back(r);
    }
    return i;
}

size_t CabinetReader::read_red_list(size_t at) {
    size_t i = at + 1;
    while (i < rows_.size() && collapse_whitespace(join(rows_[i], "")).empty()) ++i;
    for (; i < rows_.size(); ++i) {
        auto m = measure_ref(rows_[i][0], pack_);
        if (!m) break;
        report_.red_list.push_back(*m);
    }
    return i;
}

void CabinetReader::read_status_change(const Cells& cells) {
    std::string from, to;
    if (!RE2::FullMatch(collapse_whitespace(cells[0]), pack_.one("text.status_change"), &from, &to)) return;
    for (size_t i = 1; i < cells.size(); ++i) {
        auto m = measure_ref(cells[i], pack_);
        if (!m) continue;  // "Not applicable"
        StatusChange c;
        c.from = to_upper_ascii(from);
        c.to = to_upper_ascii(to);
        c.measure = *m;
        report_.status_changes.push_back(c);
    }
}

bool CabinetReader::is_exception_header(const Cells& cells) const {
    int statuses = 0;
    for (const auto& c : cells)
        if (RE2::FullMatch(collapse_whitespace(c), pack_.one("text.status_column"))) ++statuses;
    return statuses >= 2;
}

size_t CabinetReader::read_exceptions(size_t at) {
    const Cells& header = rows_[at];
    std::vector<size_t> status_cols;
    std::optional<size_t> director_col;
    for (size_t i = 0; i < header.size(); ++i) {
        std::string c = collapse_whitespace(header[i]);
        if (RE2::FullMatch(c, pack_.one("text.status_column"))) status_cols.push_back(i);
        else if (starts_with_ci(c, "director")) director_col = i;
    }
    // The column of the report's own month is the current status; the other, the previous one.
    size_t current = status_cols.back(), previous = status_cols.front();
    for (size_t col : status_cols) {
        std::string month;
        RE2::FullMatch(collapse_whitespace(header[col]), pack_.one("text.status_column"), &month);
        if (report_month_ && month_number(month) == report_month_) current = col;
    }
    if (current == previous) previous = status_cols.back();
    size_t i = at + 1;
    for (; i < rows_.size(); ++i) {
        const Cells& cells = rows_[i];
        auto m = measure_ref(cells[0], pack_);
        if (!m) break;
        Exception e;
        e.measure = *m;
        e.priority_id = leading_measure_id(collapse_whitespace(cells[0]), pack_)->priority_id;
        auto cell = [&](size_t col) { return col < cells.size() ? collapse_whitespace(cells[col]) : std::string(); };
        e.previous_status = parse_status(cell(previous), pack_);
        e.current_status = parse_status(cell(current), pack_);
        if (director_col && !cell(*director_col).empty()) e.director = normalise_name(cell(*director_col), pack_);
        report_.exceptions.push_back(e);
    }
    return i;
}

CabinetReport CabinetReader::read(const std::string& text) {
    read_period(text);
    for (size_t i = 0; i < rows_.size();) {
        const Cells& cells = rows_[i];
        if (rag_columns_in(cells, pack_) >= 3) {
            i = read_rag_table(i);
        } else if (pack_.matches_any("text.red_list", cells[0])) {
            i = read_red_list(i);
        } else if (is_exception_header(cells)) {
            i = read_exceptions(i);
        } else {
            read_status_change(cells);
            ++i;
        }
    }
    return report_;
}

}  // namespace

bool looks_like_cabinet_report(const std::vector<std::string>& lines, const PatternPack& pack) {
    int rag_tables = 0, changes = 0;
    for (const auto& l : lines) {
        if (l.find('\t') == std::string::npos) continue;
        Cells cells = split_cells(l, pack);
        if (rag_columns_in(cells, pack) >= 3) ++rag_tables;
        if (RE2::FullMatch(collapse_whitespace(cells[0]), pack.one("text.status_change"))) ++changes;
    }
    return rag_tables > 0 || changes >= 2;
}

namespace {

// Every measure the covering report names at the start of a line belongs to one of its
// tables (or to an exception's commentary, which follows its table row): one the tables do
// not hold was lost, and says so.
void warn_unread_ids(const std::vector<std::string>& lines, CabinetReport& report, const PatternPack& pack) {
    std::set<std::string> named;
    for (const auto& r : report.red_list) named.insert(r.measure_id);
    for (const auto& c : report.status_changes) named.insert(c.measure.measure_id);
    for (const auto& e : report.exceptions) named.insert(e.measure.measure_id);
    for (size_t i = 0; i < lines.size(); ++i) {
        auto id = row_start_id(first_cell(lines[i], pack), pack);
        if (!id || !named.insert(id->id).second) continue;
        report.warnings.push_back("line " + std::to_string(i + 1) + ": measure id " + id->id +
                                  " seen but not read into the covering report's tables");
    }
}

}  // namespace

CabinetReport parse_cabinet_lines(const std::vector<std::string>& lines, const PatternPack& pack) {
    CabinetReader reader(lines, pack);
    CabinetReport report = reader.read(join(lines, "\n"));
    warn_unread_ids(lines, report, pack);
    report.source.method = "plain";
    return report;
}

}  // namespace occx
