#include "table/row_record.h"

#include <algorithm>
#include <map>
#include <numeric>

#include "normalize/fields.h"
#include "normalize/ocr_figures.h"
#include "normalize/value_parser.h"
#include "table/cell_text.h"
#include "table/line.h"
#include "table/holder_cell.h"
#include "table/stray_letters.h"
#include "util/text.h"

namespace occx {

namespace {

constexpr double kWarningPenalty = 0.1;
constexpr double kMinConfidence = 0.2;
constexpr size_t kMarkerReadAsText = 2;  // bytes

OptString cell_text(const RowDraft& row, const std::string& key) {
    const auto* cell = row.cell(key);
    if (!cell) return std::nullopt;
    std::string text = trim(assemble_cell_text(*cell));
    if (text.empty()) return std::nullopt;
    return text;
}

// Free text: paragraphs kept, whitespace inside each collapsed.
OptString free_text(const OptString& text) {
    if (!text) return std::nullopt;
    std::vector<std::string> paragraphs;
    for (const auto& p : split(*text, '\n')) {
        auto c = collapse_whitespace(p);
        if (!c.empty()) paragraphs.push_back(c);
    }
    if (paragraphs.empty()) return std::nullopt;
    return join(paragraphs, "\n");
}

// A free-text cell: an n/a or n/r marker as OCR misread it is written as printed.
OptString free_text_cell(const RowDraft& row, const std::string& key, const RowContext& ctx) {
    auto text = free_text(cell_text(row, key));
    if (!text) return text;
    return ctx.pack.apply_rewrites("values.marker_repair", *text);
}

OptString one_line(const OptString& text) {
    if (!text) return std::nullopt;
    auto c = collapse_whitespace(*text);
    return c.empty() ? std::nullopt : OptString(c);
}

// A unit or trend is a short symbol or word ("%", "£", "km", "↑", "v"). A word of one or two
// capitals beside it is a stray a converter laid into the cell (table/stray_letters.h), not
// part of it. A symbol cell's text without them; a cell of nothing else is kept as read.
OptString symbol_cell_text(const RowDraft& row, const std::string& key) {
    const auto* cell = row.cell(key);
    if (!cell) return std::nullopt;
    std::vector<Fragment> kept;
    for (const auto& f : *cell)
        if (!is_stray_capitals(f.text)) kept.push_back(f);
    if (kept.empty()) return one_line(cell_text(row, key));
    return one_line(trim(assemble_cell_text(std::move(kept))));
}

// A warning quotes a cell's start: enough to find it on the page, not the whole paragraph.
constexpr size_t kQuotedChars = 60;

std::string shortened(const OptString& text) {
    if (!text) return {};
    if (text->size() <= kQuotedChars) return *text;
    size_t cut = text->rfind(' ', kQuotedChars);
    if (cut == std::string::npos)  // one long word: cut before a character, not inside one
        for (cut = kQuotedChars; cut > 0 && (static_cast<unsigned char>((*text)[cut]) & 0xC0) == 0x80;) --cut;
    return text->substr(0, cut) + " …";
}

std::string pretty_key(const std::string& key) {
    std::string out = key;
    std::replace(out.begin(), out.end(), '_', ' ');
    return out;
}

// Every word of the cell was OCR'd.
bool read_by_ocr(const RowDraft& row, const std::string& key) {
    const auto* cell = row.cell(key);
    if (!cell || cell->empty()) return false;
    return std::all_of(cell->begin(), cell->end(),
                       [&](const Fragment& f) { return row.ocr_pages.count(f.page) > 0; });
}

OptString read_status(const RowDraft& row, const std::string& key, const RowContext& ctx,
                      std::vector<std::string>& warnings) {
    auto text = one_line(cell_text(row, key));
    auto colour = row.colour_status.find(key);
    const bool colour_first = colour != row.colour_status.end() && text && is_marker_read_as_text(row, *text);
    if (text && !colour_first) {
        if (auto s = parse_status(*text, ctx.pack)) return s;
        if (auto s = status_amid_noise(*text, ctx.pack, read_by_ocr(row, key))) {
            warnings.push_back(pretty_key(key) + " read as '" + *text + "': taken as " + *s);
            return s;
        }
    }
    // A marker that OCR read as a character or two is the coloured shape itself.
    if (text && (colour == row.colour_status.end() || text->size() > kMarkerReadAsText))
        warnings.push_back(pretty_key(key) + " '" + *text + "' is not a status");
    auto note = row.status_notes.find(key);
    if (note != row.status_notes.end()) warnings.push_back(pretty_key(key) + ": " + note->second);
    if (colour != row.colour_status.end()) return colour->second;
    if (note == row.status_notes.end())
        warnings.push_back(pretty_key(key) + ": the cell shows no status");
    return std::nullopt;
}

// A status lost with its column is still a loss: a row with a period's (a year's) figures and
// no status column for it says so, as a label OCR could not read would leave it unsaid.
void warn_of_unfound_status_columns(const RowDraft& row, const Record& r, std::vector<std::string>& warnings) {
    if (!row.under_header) return;
    for (const auto& [key, figures] : {std::pair{"period_status", &r.period}, std::pair{"ytd_status", &r.ytd}}) {
        const bool found = std::find(row.status_keys.begin(), row.status_keys.end(), key) != row.status_keys.end();
        if (!found && (figures->actual || figures->target))
            warnings.push_back(pretty_key(key) + ": the table header shows no column for it");
    }
}

void read_measure_cell(const RowDraft& row, const RowContext& ctx, Record& r) {
    auto text = one_line(cell_text(row, "measure"));
    if (!text) return;
    size_t consumed = 0;
    if (leading_measure_id(*text, ctx.pack, &consumed)) r.title = one_line(text->substr(consumed));
    else r.title = text;
}

// A figure that OCR garbled ("2.400 00", "45.59)") is read as the figure it stands for, with a
// warning; a figure read clean (repair_ocr_figure changes nothing), or a text layer's cell, is
// taken as it is.
std::optional<Value> repaired_figure(const std::string& text, const std::string& what, const RowContext& ctx,
                                     std::vector<std::string>& warnings) {
    auto fixed = repair_ocr_figure(text);
    if (!fixed) return std::nullopt;
    auto v = parse_value(*fixed, ctx.pack);
    if (!v || !v->value) return std::nullopt;
    warnings.push_back(what + " read as '" + text + "': taken as '" + *fixed + "' (OCR's slips in a figure)");
    return v;
}

std::optional<Value> read_value(const RowDraft& row, const std::string& key, const RowContext& ctx,
                                std::vector<std::string>& warnings) {
    auto text = one_line(cell_text(row, key));
    if (!text) return std::nullopt;
    if (read_by_ocr(row, key))
        if (auto fixed = repaired_figure(*text, pretty_key(key), ctx, warnings)) return fixed;
    return parse_value(*text, ctx.pack, &warnings, pretty_key(key));
}

double row_confidence(const RowDraft& row, size_t warnings) {
    double sum = 0;
    size_t n = 0;
    for (const auto& [key, frags] : row.cells)
        for (const auto& f : frags) {
            sum += f.confidence;
            ++n;
        }
    double base = n ? sum / n : 0.5;
    return std::max(kMinConfidence, base * (1 - kWarningPenalty * double(std::min<size_t>(warnings, 8))));
}

// The record's name for a column's field.
std::string field_path(const std::string& key) {
    if (key == "measure") return "title";
    for (const char* triple : {"period", "ytd"}) {
        const std::string prefix = std::string(triple) + "_";
        if (key.rfind(prefix, 0) == 0) return std::string(triple) + "." + key.substr(prefix.size());
    }
    return key;
}

void add_parts(std::vector<FieldPart>& parts, const std::vector<Fragment>& frags, const RowDraft& row) {
    for (const auto& f : frags) {
        auto it = std::find_if(parts.begin(), parts.end(), [&](const FieldPart& p) { return p.page == f.page; });
        if (it == parts.end()) {
            parts.push_back({f.page, f.box, row.ocr_pages.count(f.page) ? "ocr" : "text"});
            continue;
        }
        it->box = union_box(it->box, f.box);
    }
}

// Where each field's words were printed, page by page.
std::map<std::string, std::vector<FieldPart>> field_sources(const RowDraft& row) {
    std::map<std::string, std::vector<FieldPart>> fields;
    for (const auto& [key, frags] : row.cells)
        if (!frags.empty()) add_parts(fields[field_path(key)], frags, row);
    if (!row.comment_block.empty()) add_parts(fields["comment"], row.comment_block, row);
    for (auto& [name, parts] : fields)
        std::sort(parts.begin(), parts.end(), [](const FieldPart& a, const FieldPart& b) { return a.page < b.page; });
    return fields;
}

// The name fields come from their cells as parted (table/holder_cell.h).
void name_sources(std::map<std::string, std::vector<FieldPart>>& fields, const NameCells& names,
                  const RowDraft& row) {
    for (const auto& [field, frags] : {std::pair{"director", &names.director},
                                       std::pair{"portfolio_holder", &names.holder}}) {
        fields.erase(field);
        if (!frags->empty()) add_parts(fields[field], *frags, row);
    }
}

// A measure row holds figures: one with none read is a row its cells were not found in (no
// header placed them) more often than a measure with nothing to report.
bool has_any_figure(const Record& r) {
    return r.period.actual || r.period.target || r.period.status || r.ytd.actual || r.ytd.target || r.ytd.status;
}

// The unit that the row's figures print as their sign: "%" when every figure is a percentage,
// "£" when every one is money. nullopt when none is read or they differ.
std::optional<std::string> unit_from_figures(const Record& r) {
    std::optional<ValueKind> kind;
    for (const auto* v : {&r.period.actual, &r.period.target, &r.ytd.actual, &r.ytd.target}) {
        if (!*v || ((*v)->kind != ValueKind::percent && (*v)->kind != ValueKind::money &&
                    (*v)->kind != ValueKind::number))
            continue;
        if (kind && *kind != (*v)->kind) return std::nullopt;
        kind = (*v)->kind;
    }
    if (kind == ValueKind::percent) return "%";
    if (kind == ValueKind::money) return "\xC2\xA3";
    return std::nullopt;
}

// OCR loses a unit cell's lone small sign ("%", "£") more often than any other word; the
// figures beside it print the same sign, so they tell it.
void unit_from_figures_if_lost(const RowDraft& row, Record& r) {
    if (r.unit || !row.has_unit_column || row.ocr_pages.empty()) return;
    if (auto unit = unit_from_figures(r)) {
        r.unit = *unit;
        r.warnings.push_back("unit: not read; taken from the sign its figures print ('" + *unit + "')");
    }
}

}  // namespace

bool is_marker_read_as_text(const RowDraft& row, const std::string& text) {
    return !row.ocr_pages.empty() && text.size() <= kMarkerReadAsText;
}

Record record_from_row(const RowDraft& row, const RowContext& ctx) {
    Record r;
    r.measure_id = row.id.id;
    r.priority_id = row.id.priority_id;
    if (auto it = ctx.priority_titles.find(r.priority_id); it != ctx.priority_titles.end())
        r.priority_title = it->second;
    read_measure_cell(row, ctx, r);
    const NameCells names = part_name_cells(row, ctx.pack);
    if (auto d = one_line(assemble_cell_text(names.director))) r.director = normalise_name(*d, ctx.pack);
    if (auto p = one_line(assemble_cell_text(names.holder))) r.portfolio_holder = normalise_name(*p, ctx.pack);
    r.unit = symbol_cell_text(row, "unit");
    r.trend = symbol_cell_text(row, "trend");
    auto& w = r.warnings;
    r.period.actual = read_value(row, "period_actual", ctx, w);
    r.period.target = read_value(row, "period_target", ctx, w);
    r.ytd.actual = read_value(row, "ytd_actual", ctx, w);
    r.ytd.target = read_value(row, "ytd_target", ctx, w);
    for (const auto& key : row.status_keys)
        (key == "period_status" ? r.period.status : r.ytd.status) = read_status(row, key, ctx, w);
    warn_of_unfound_status_columns(row, r, w);
    if (!has_any_figure(r)) w.push_back("no figure or status was read for this measure");
    unit_from_figures_if_lost(row, r);
    r.comment = free_text_cell(row, "comment", ctx);
    if (!row.comment_block.empty()) {
        auto block = free_text(trim(assemble_cell_text(row.comment_block)));
        r.comment = r.comment && block ? OptString(*r.comment + "\n" + *block) : (block ? block : r.comment);
    }
    r.improvement_plan = free_text_cell(row, "improvement_plan", ctx);
    r.timeframe = free_text_cell(row, "timeframe", ctx);
    r.finance_impact = free_text_cell(row, "finance_impact", ctx);
    r.risk_impact = free_text_cell(row, "risk_impact", ctx);
    r.report = ctx.period;
    for (const auto& [page, box] : row.extent) r.source.pages.push_back(page);
    for (const auto& f : row.comment_block)
        if (std::find(r.source.pages.begin(), r.source.pages.end(), f.page) == r.source.pages.end())
            r.source.pages.push_back(f.page);
    std::sort(r.source.pages.begin(), r.source.pages.end());
    r.source.method = row.ocr_pages.empty() ? "text" : "ocr";
    r.source.fields = field_sources(row);
    name_sources(r.source.fields, names, row);
    w.insert(w.end(), row.warnings.begin(), row.warnings.end());
    for (const auto& [where, words] : row.unplaced)
        w.push_back("page " + std::to_string(where.first) + ": '" + shortened(one_line(assemble_cell_text(words))) +
                    "' is under an unrecognised column ('" + where.second + "')");
    r.confidence = row_confidence(row, w.size());
    return r;
}

int filled_fields(const Record& r) {
    int n = 0;
    for (const auto* f : {&r.title, &r.unit, &r.trend, &r.director, &r.portfolio_holder, &r.comment,
                          &r.improvement_plan, &r.timeframe, &r.finance_impact, &r.risk_impact})
        n += f->has_value();
    for (const auto* t : {&r.period, &r.ytd})
        n += t->actual.has_value() + t->target.has_value() + t->status.has_value();
    return n;
}

namespace {

bool values_differ(const std::optional<Value>& a, const std::optional<Value>& b) {
    return a && b && a->raw != b->raw;
}

// A repeated page prints the same figures (or part of them); two rows of one id whose
// figures disagree were both printed, and validation must see both.
bool figures_conflict(const Record& a, const Record& b) {
    return values_differ(a.period.actual, b.period.actual) || values_differ(a.period.target, b.period.target) ||
           values_differ(a.ytd.actual, b.ytd.actual) || values_differ(a.ytd.target, b.ytd.target);
}

}  // namespace

std::vector<Record> records_from_rows(const std::vector<RowDraft>& rows, const RowContext& ctx) {
    std::vector<Record> out;
    std::map<std::string, std::vector<size_t>> index;  // id → its records in out
    for (const auto& row : rows) {
        Record r = record_from_row(row, ctx);
        auto& seen = index[r.measure_id];
        auto same = std::find_if(seen.begin(), seen.end(), [&](size_t i) { return !figures_conflict(out[i], r); });
        if (same == seen.end()) {
            seen.push_back(out.size());
            out.push_back(std::move(r));
        } else if (filled_fields(r) > filled_fields(out[*same])) {
            out[*same] = std::move(r);
        }
    }
    return out;
}

}  // namespace occx
