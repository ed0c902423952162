#include "table/header.h"

#include <algorithm>
#include <numeric>

#include "table/header_reuse.h"
#include "util/text.h"

namespace occx {

namespace {

constexpr double kHeaderWordShare = 0.75;
constexpr int kMinKnownColumns = 4;  // the measure column and three more

bool is_header_line(const Line& line, const PatternPack& pack) {
    if (line.words.empty()) return false;
    size_t hits = 0;
    for (const auto* w : line.words)
        if (pack.full_matches_any("table.header_word", w->text)) ++hits;
    return hits >= kHeaderWordShare * line.words.size();
}

// Union-find over phrases: stacked phrases that overlap horizontally are one column's label.
struct Components {
    std::vector<size_t> parent;
    explicit Components(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    size_t root(size_t i) { return parent[i] == i ? i : parent[i] = root(parent[i]); }
    void join(size_t a, size_t b) { parent[root(a)] = root(b); }
};

struct LabelPhrase {
    Phrase phrase;
    size_t line;
};

bool stacked(const LabelPhrase& a, const LabelPhrase& b) {
    if (a.line == b.line) return false;
    double shared = overlap(a.phrase.box.x0, a.phrase.box.x1, b.phrase.box.x0, b.phrase.box.x1);
    return shared >= 0.3 * std::min(a.phrase.box.width(), b.phrase.box.width());
}

std::vector<Column> columns_from_phrases(const std::vector<LabelPhrase>& phrases) {
    Components comps(phrases.size());
    for (size_t i = 0; i < phrases.size(); ++i)
        for (size_t j = i + 1; j < phrases.size(); ++j)
            if (stacked(phrases[i], phrases[j])) comps.join(i, j);
    std::vector<Column> columns;
    std::vector<size_t> roots;
    for (size_t i = 0; i < phrases.size(); ++i) {
        size_t r = comps.root(i);
        auto it = std::find(roots.begin(), roots.end(), r);
        size_t idx = it - roots.begin();
        if (it == roots.end()) {
            roots.push_back(r);
            columns.push_back(Column{"", "", phrases[i].phrase.box.x0, phrases[i].phrase.box.x1});
        }
        Column& c = columns[idx];
        c.label_x0 = std::min(c.label_x0, phrases[i].phrase.box.x0);
        c.label_x1 = std::max(c.label_x1, phrases[i].phrase.box.x1);
        // phrases come in line order, so appending keeps the label's reading order
        c.label += (c.label.empty() ? "" : " ") + phrases[i].phrase.text();
    }
    return columns;
}

const Phrase* nearest_group(const std::vector<Phrase>& groups, const Column& c) {
    const Phrase* best = nullptr;
    double best_dist = 0;
    for (const auto& g : groups) {
        double d = std::abs(g.box.center_x() - c.center());
        if (!best || d < best_dist) {
            best = &g;
            best_dist = d;
        }
    }
    return best;
}

void classify_columns(std::vector<Column>& columns, const std::vector<Phrase>& groups,
                      const PatternPack& pack) {
    for (auto& c : columns) {
        if (const Phrase* g = nearest_group(groups, c)) {
            std::string grouped = g->text() + " " + c.label;
            if (auto key = pack.classify("table.column", collapse_whitespace(grouped))) {
                c.key = *key;
                c.label = grouped;
                continue;
            }
        }
        c.key = pack.classify("table.column", collapse_whitespace(c.label)).value_or("");
    }
}

// A band that names the measure column and enough others, all the model's among them, is a
// header of its own; one of the model's layout that lacks some is the model's header, read in
// part, with what the band adds.
std::optional<Header> accept_band(const Header& band, const Header* model) {
    int known = 0;
    for (const auto& c : band.columns) known += !c.key.empty();
    const bool complete = band.find("measure") && known >= kMinKnownColumns;
    if (model && !(complete && names_all_of(band, *model)))
        if (auto dx = layout_offset(band, *model)) return merge_with_model(band, *model, *dx);
    if (!complete) return std::nullopt;
    return band;
}

std::optional<Header> header_from_band(const std::vector<Line>& lines, size_t first, size_t end,
                                       const PatternPack& pack, const Header* model) {
    std::vector<LabelPhrase> phrases;
    std::vector<Phrase> groups;
    Header h;
    h.first_line = first;
    h.end_line = end;
    h.box = lines[first].box;
    for (size_t i = first; i < end; ++i) {
        h.box = union_box(h.box, lines[i].box);
        for (auto& p : split_phrases(lines[i])) {
            if (pack.full_matches_any("table.group_label", p.text())) groups.push_back(p);
            else phrases.push_back({p, i});
        }
    }
    h.columns = columns_from_phrases(phrases);
    classify_columns(h.columns, groups, pack);
    std::sort(h.columns.begin(), h.columns.end(),
              [](const Column& a, const Column& b) { return a.label_x0 < b.label_x0; });
    return accept_band(h, model);
}

}  // namespace

const Column* Header::find(const std::string& key) const {
    for (const auto& c : columns)
        if (c.key == key) return &c;
    return nullptr;
}

int Header::index_of(const std::string& key) const {
    for (size_t i = 0; i < columns.size(); ++i)
        if (columns[i].key == key) return static_cast<int>(i);
    return -1;
}

std::optional<Header> find_header(const std::vector<Line>& lines, size_t from, const PatternPack& pack,
                                  const Header* model) {
    for (size_t i = from; i < lines.size(); ++i) {
        if (!is_header_line(lines[i], pack)) continue;
        size_t end = i + 1;
        while (end < lines.size() && is_header_line(lines[end], pack) &&
               lines[end].box.y0 - lines[end - 1].box.y1 < 2 * lines[end - 1].height())
            ++end;
        if (auto h = header_from_band(lines, i, end, pack, model)) return h;
        i = end - 1;
    }
    return std::nullopt;
}

}  // namespace occx
