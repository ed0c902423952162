#include "table/header.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <set>

#include "table/header_reuse.h"
#include "table/stray_letters.h"
#include "normalize/fields.h"
#include "normalize/header_labels.h"
#include "util/text.h"

namespace occx {

namespace {

// The share of a line's words that are label words for it to be a header line by itself...
constexpr double kHeaderWordShare = 0.75;
// ...and for a line close above a header line to open its band: OCR garbles a few labels of
// a tinted header ("Cortef Unk Dor" for "Portfolio Unit DoT"), but prose above a header is
// seldom half label words.
constexpr double kBandWordShare = 0.5;
// Words of such a line that must sit over the header line's words.
constexpr size_t kMinStackedLabels = 2;
// ...and the share of the band's width it must span: a header line runs across the table.
constexpr double kMinBandWidthShare = 0.5;
constexpr size_t kMinKnownColumns = 4;  // the measure column and three more
// Two labels stack (or one sits over another) when they share this much of the narrower's width.
constexpr double kStackOverlap = 0.3;
// The body lines under a header that show where its columns' gutters are.
constexpr size_t kBodyLinesForGutters = 40;
// Points: an empty strip of the body this wide between two label words parts them (a word
// space is narrower than a gutter).
constexpr size_t kMinLabelGutter = 3;
// A gap between two words of a body line no wider than this share of their height is a word
// space (about a third of the type size in text layers; cells' padding leaves more).
constexpr double kWordSpaceShare = 0.4;
// Bounds the coverage histogram whatever a damaged page says its words' boxes are.
constexpr double kMaxPageWidth = 20000;
// Two label lines are one label's (or a group's over its columns') when the gap between them is
// under this many of the upper line's heights.
constexpr double kStackGap = 1.6;
// The share of the body's width, from its left edge, that the measure column's label starts in.
constexpr double kMeasureColumnReach = 0.25;
// Words on a line of their own inside a header band that can be OCR's stray pieces of a label.
constexpr size_t kMaxStrayWords = 2;
// Line heights below a band's last line within which a header line under its labels goes on
// with the band.
constexpr double kBandReach = 5.0;

// Two group labels share this much of the shorter's height when they sit on one line, and are
// one group's words when less than this many of its heights apart (a word space).
constexpr double kLevelShare = 0.5;
constexpr double kWordSpaceHeights = 0.8;
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
    bool group = false;  // a label over other columns' labels (Period Performance, Year to Date)
};

bool overlaps(const Box& a, const Box& b) {
    double shared = overlap(a.x0, a.x1, b.x0, b.x1);
    return shared >= kStackOverlap * std::min(a.width(), b.width());
}

// q sits just under p: lower, and less than a line's height below it.
bool just_below(const Box& p, const Box& q) {
    return q.y0 >= p.y0 + 0.5 * p.height() && q.y0 - p.y1 < kStackGap * p.height();
}

bool below(const Box& p, const Box& q) { return q.y0 >= p.y0 + 0.5 * p.height(); }

// A label over two or more labels of one line below it that it overlaps spans
// columns, whatever it says; one that names a period (the pack's group labels) and has labels
// somewhere under it is a group label too (other columns' taller labels may sit between).
void mark_groups(std::vector<LabelPhrase>& phrases, const PatternPack& pack) {
    for (auto& p : phrases) {
        Box reach = p.phrase.box;
        reach.x0 -= p.phrase.box.width() / 2;
        reach.x1 += p.phrase.box.width() / 2;
        std::map<size_t, int> under;  // line → labels under p that it overlaps
        bool any_under = false;
        for (const auto& q : phrases) {
            if (!below(p.phrase.box, q.phrase.box)) continue;
            if (overlaps(p.phrase.box, q.phrase.box)) ++under[q.line];
            any_under = any_under || overlap(reach.x0, reach.x1, q.phrase.box.x0, q.phrase.box.x1) > 0;
        }
        // any line below counts: a column's label may sit a line lower than its neighbours'
        for (const auto& [line, n] : under) p.group = p.group || n >= 2;
        p.group = p.group || (any_under && pack.full_matches_any("table.group_label", p.phrase.text()));
    }
}

// Stacked labels are one column's (or one group's) words: close above one another and
// overlapping. A column's label never joins a group below it, but the first line of a group
// label ("Year to" over "Date Performance") joins the group.
bool stacked(const LabelPhrase& a, const LabelPhrase& b) {
    const LabelPhrase& upper = a.phrase.box.y0 <= b.phrase.box.y0 ? a : b;
    const LabelPhrase& lower = &upper == &a ? b : a;
    if (!just_below(upper.phrase.box, lower.phrase.box) || !overlaps(a.phrase.box, b.phrase.box)) return false;
    return upper.group == lower.group || lower.group;
}

struct Label {
    std::string text;
    Box box;
    bool group = false;
};

// A group's wording may only show once its lines are stacked ("Year to" over "Date
// Performance"): such a label with labels under it within its reach is a group too.
void mark_stacked_groups(std::vector<Label>& labels, const PatternPack& pack) {
    for (auto& l : labels) {
        if (l.group || !pack.full_matches_any("table.group_label", collapse_whitespace(l.text))) continue;
        const double reach = l.box.width() / 2;
        for (const auto& q : labels)
            if (&q != &l && below(l.box, q.box) && overlap(l.box.x0 - reach, l.box.x1 + reach, q.box.x0, q.box.x1) > 0)
                l.group = true;
    }
}

Label label_of(const std::vector<LabelPhrase>& phrases, const std::vector<size_t>& parts) {
    Label l{"", phrases[parts.front()].phrase.box, false};
    for (size_t i : parts) {
        l.box = union_box(l.box, phrases[i].phrase.box);
        l.group = l.group || phrases[i].group;
        // phrases come in line order, so appending keeps the label's reading order
        l.text += (l.text.empty() ? "" : " ") + phrases[i].phrase.text();
    }
    return l;
}

// How many of a stack's first phrases word a group label over the rest ("Year to" / "Date
// Performance" over "Target" / "Performance"): the longest such run, or 0. A group whose
// wording OCR or the layout set apart from its columns no other way is still one.
size_t group_prefix(const std::vector<LabelPhrase>& phrases, const std::vector<size_t>& parts,
                    const PatternPack& pack) {
    size_t best = 0;
    std::string text;
    for (size_t k = 0; k + 1 < parts.size(); ++k) {
        text += (text.empty() ? "" : " ") + phrases[parts[k]].phrase.text();
        if (pack.full_matches_any("table.group_label", collapse_whitespace(text))) best = k + 1;
    }
    return best;
}

// A group's words sit above the labels of other columns within its reach (it is centred over
// its columns); a column's own first line sits level with its neighbours' first lines.
bool heads_other_stacks(const Box& prefix, const std::vector<size_t>& own,
                        const std::vector<std::vector<size_t>>& stacks, const std::vector<LabelPhrase>& phrases) {
    const double reach = prefix.width() / 2;
    for (const auto& other : stacks) {
        if (&other == &own) continue;
        const Box& top = phrases[other.front()].phrase.box;
        if (top.y0 >= prefix.y1 && overlap(prefix.x0 - reach, prefix.x1 + reach, top.x0, top.x1) > 0) return true;
    }
    return false;
}

// Layout text spreads a tall header cell's centred lines over a grid set by the page's largest
// type, so one label's lines may sit far apart: within a band, labels above one another with
// no other label between them are one column's too.
bool stacked_across_gap(const std::vector<LabelPhrase>& phrases, size_t i, size_t j) {
    const LabelPhrase& a = phrases[i];
    const LabelPhrase& b = phrases[j];
    const LabelPhrase& upper = a.phrase.box.y0 <= b.phrase.box.y0 ? a : b;
    const LabelPhrase& lower = &upper == &a ? b : a;
    if (!below(upper.phrase.box, lower.phrase.box) || !overlaps(a.phrase.box, b.phrase.box)) return false;
    if (upper.group != lower.group) return false;
    for (size_t k = 0; k < phrases.size(); ++k) {
        if (k == i || k == j) continue;
        const Box& m = phrases[k].phrase.box;
        const bool between = m.center_y() > upper.phrase.box.y1 && m.center_y() < lower.phrase.box.y0;
        if (between && (overlaps(m, upper.phrase.box) || overlaps(m, lower.phrase.box))) return false;
    }
    return true;
}

std::vector<Label> labels_from_phrases(std::vector<LabelPhrase> phrases, const PatternPack& pack) {
    mark_groups(phrases, pack);
    Components comps(phrases.size());
    for (size_t i = 0; i < phrases.size(); ++i)
        for (size_t j = i + 1; j < phrases.size(); ++j)
            if (stacked(phrases[i], phrases[j]) || stacked_across_gap(phrases, i, j)) comps.join(i, j);
    std::vector<size_t> roots;
    std::vector<std::vector<size_t>> stacks;
    for (size_t i = 0; i < phrases.size(); ++i) {
        size_t r = comps.root(i);
        auto it = std::find(roots.begin(), roots.end(), r);
        if (it == roots.end()) {
            roots.push_back(r);
            stacks.emplace_back();
            it = roots.end() - 1;
        }
        stacks[size_t(it - roots.begin())].push_back(i);
    }
    std::vector<Label> labels;
    for (const auto& parts : stacks) {
        Label whole = label_of(phrases, parts);
        size_t k = whole.group ? 0 : group_prefix(phrases, parts, pack);
        if (k && !heads_other_stacks(label_of(phrases, std::vector<size_t>(parts.begin(), parts.begin() + long(k))).box,
                                     parts, stacks, phrases))
            k = 0;  // a column's own two-line label ("Year to Date" / "Status")
        if (k == 0) {
            labels.push_back(whole);
            continue;
        }
        Label group = label_of(phrases, std::vector<size_t>(parts.begin(), parts.begin() + long(k)));
        group.group = true;
        labels.push_back(group);
        labels.push_back(label_of(phrases, std::vector<size_t>(parts.begin() + long(k), parts.end())));
    }
    mark_stacked_groups(labels, pack);
    return labels;
}

// The group label over a column: the nearest of those above it that reach it. A group label
// is centred over its columns, so it reaches a column at most one column's width past its
// own half-width; a label further off heads other columns. The column's own label is the
// surer width: one group must reach it so. Where a nearer group reaches it by the pitch of the
// labels (a short group label over three columns, "Period" over "Actual Target RAG"), the
// nearer one heads it. A group sits above its columns' labels: period words level with a label
// ("Year to Date" over "Target" beside a one-line "Status") are another label's first line.
const Label* group_over(const std::vector<Label>& groups, const Column& c, double pitch, double column_top) {
    auto reaches = [&](const Label& g, double width) {
        return g.box.center_y() < column_top && std::abs(g.box.center_x() - c.center()) <= g.box.width() / 2 + width;
    };
    const double own = c.label_x1 - c.label_x0;
    if (std::none_of(groups.begin(), groups.end(), [&](const Label& g) { return reaches(g, own); })) return nullptr;
    const Label* best = nullptr;
    double best_dist = 0;
    for (const auto& g : groups) {
        if (!reaches(g, std::max(own, pitch))) continue;
        const double d = std::abs(g.box.center_x() - c.center());
        if (!best || d < best_dist) {
            best = &g;
            best_dist = d;
        }
    }
    return best;
}

// A key already taken by a column to the left means something else the second time.
void part_repeated_keys(std::vector<Column>& columns, const PatternPack& pack) {
    std::set<std::string> taken;
    for (auto& c : columns) {
        while (!c.key.empty() && taken.count(c.key))
            c.key = pack.classify("table.column_again", c.key).value_or("");
        if (!c.key.empty()) taken.insert(c.key);
    }
}

bool is_value_key(const std::string& key) {
    return key.empty() || key.rfind("period_", 0) == 0 || key.rfind("ytd_", 0) == 0;
}

// A column's key from its own label; a group label over it decides what its values measure
// (and a label that could name either, such as "Indicator", means the measures only in the
// first column: every layout prints the measure first).
std::string key_of(const Label& label, double pitch, bool first, const std::vector<Label>& groups,
                   const PatternPack& pack) {
    std::string alone = column_key(label.text, pack);
    const bool names_its_period = !alone.empty() && pack.matches_any("table.names_its_period", label.text);
    const bool needs_group = (is_value_key(alone) && !names_its_period) ||
                             (alone == "measure" && !first);
    if (!needs_group) return alone;
    Column probe{"", label.text, label.box.x0, label.box.x1};
    if (const Label* g = group_over(groups, probe, pitch, label.box.y0)) {
        std::string grouped = column_key(g->text + " " + label.text, pack);
        if (!grouped.empty() && (grouped != "measure" || first)) return grouped;
    }
    if (alone == "measure" && !first) return pack.classify("table.column_again", alone).value_or("");
    return alone;
}

// Group labels set a word space apart on one line are one group's words ("YTD" "Performance",
// parted where each sat over another column's label): a group is centred over its columns only
// as a whole.
std::vector<Label> joined_side_by_side(std::vector<Label> groups) {
    std::vector<Label> out;
    for (auto& g : groups) {
        if (!out.empty()) {
            Label& last = out.back();
            const bool level = overlap(last.box.y0, last.box.y1, g.box.y0, g.box.y1) > kLevelShare * std::min(last.box.height(), g.box.height());
            if (level && g.box.x0 - last.box.x1 < kWordSpaceHeights * std::min(last.box.height(), g.box.height())) {
                last.text += " " + g.text;
                last.box = union_box(last.box, g.box);
                continue;
            }
        }
        out.push_back(std::move(g));
    }
    return out;
}

// How far a column's label sits from its nearer neighbour's, centre to centre: its column's width
// as the labels show it (0 for a lone label).
double label_pitch(const std::vector<const Label*>& own, size_t i) {
    double pitch = std::numeric_limits<double>::infinity();
    if (i > 0) pitch = own[i]->box.center_x() - own[i - 1]->box.center_x();
    if (i + 1 < own.size()) pitch = std::min(pitch, own[i + 1]->box.center_x() - own[i]->box.center_x());
    return std::isfinite(pitch) ? std::max(0.0, pitch) : 0.0;
}

// A label of a capital or two a word ("N", "T I") that names no column: a watermark's letters
// among the labels (table/stray_letters.h), not a column of its own. Nor is a label with no
// letter or digit at all: a watermark's dash ("NOT - FOR"), or the slash of a label parted
// around it ("Measure / Indicator").
bool is_stray_label(const Label& label, const std::string& key) {
    if (!key.empty()) return false;
    if (!has_letter_or_digit(label.text)) return true;
    const auto words = split(collapse_whitespace(label.text), ' ');
    return !words.empty() && std::all_of(words.begin(), words.end(), [](const std::string& w) { return is_stray_capitals(w); });
}

std::vector<Column> classify_columns(std::vector<Label> labels, const PatternPack& pack) {
    std::sort(labels.begin(), labels.end(), [](const Label& a, const Label& b) { return a.box.x0 < b.box.x0; });
    std::vector<Label> groups;
    for (const auto& l : labels)
        if (l.group) groups.push_back(l);
    groups = joined_side_by_side(std::move(groups));
    std::vector<const Label*> own;
    for (const auto& l : labels)
        if (!l.group) own.push_back(&l);
    std::vector<Column> columns;
    for (size_t i = 0; i < own.size(); ++i) {
        const Label& l = *own[i];
        std::string key = key_of(l, label_pitch(own, i), columns.empty(), groups, pack);
        if (is_stray_label(l, key)) continue;
        columns.push_back(Column{std::move(key), l.text, l.box.x0, l.box.x1});
    }
    part_repeated_keys(columns, pack);
    return columns;
}

// The label sits over the first part of the body's width (the measure column's).
bool heads_left_of_body(const Column& c, const std::vector<int>& cover) {
    auto first = std::find_if(cover.begin(), cover.end(), [](int n) { return n > 0; });
    auto last = std::find_if(cover.rbegin(), cover.rend(), [](int n) { return n > 0; });
    if (first == cover.end()) return true;
    const double left = double(first - cover.begin()), right = double(cover.rend() - last);
    return c.label_x0 < left + kMeasureColumnReach * (right - left);
}

// A band that names the measure column and enough others, all the model's among them, is a
// header of its own; one of the model's layout that lacks some, or ran some of its labels
// together, is the model's header, read in part, with what the band adds.
std::optional<Header> accept_band(Header band, const Header* model, const std::vector<int>& cover) {
    // Every layout prints the measure first: an unnamed first column ("Ref", "No.") is it,
    // when it heads the body's left part (not a label left over where OCR lost the first).
    if (!band.find("measure") && !band.columns.empty() && band.columns.front().key.empty() &&
        heads_left_of_body(band.columns.front(), cover))
        band.columns.front().key = "measure";
    const bool complete = band.find("measure") && named_columns(band) >= kMinKnownColumns;
    if (model && !(complete && names_all_of(band, *model) && !runs_labels_together(band, *model)))
        if (auto dx = layout_offset(band, *model)) return merge_with_model(band, *model, *dx);
    if (!complete) return std::nullopt;
    return band;
}

// Whether the gap between two neighbouring words of a line is a word space: they are one
// phrase, and no gutter runs between them however the lines above and below fall.
bool word_space_between(const Word& left, const Word& right) {
    const double gap = right.box.x0 - left.box.x1;
    return gap >= 0 && gap <= kWordSpaceShare * std::min(left.box.height(), right.box.height());
}

// Whether a line sets its words as more than one phrase: cells side by side, not one run of
// prose (a priority banner) across the columns.
bool holds_cells(const Line& line) {
    for (size_t k = 1; k < line.words.size(); ++k)
        if (!word_space_between(*line.words[k - 1], *line.words[k])) return true;
    return false;
}

// The 1-point strip a coordinate falls in. A damaged page's boxes may say anything (3.6e80,
// NaN, negative): a strip is never outside the histogram's bound, and no cast overflows.
size_t strip_at(double x) {
    if (!(x > 0)) return 0;
    return static_cast<size_t>(std::min(x, kMaxPageWidth));
}

// How many body phrases cover each 1-point strip under a header: where the columns' gutters
// are. A cell's phrase covers its word spaces: names set alike on every line ("Cllr P Hollis",
// "Cllr D Kendrick") leave the space after their initials empty at one place, and that is no
// gutter. A line of prose across the columns covers only its words, as before: its spaces are
// where it lets a gutter through.
std::vector<int> body_coverage(const std::vector<Line>& lines, size_t from) {
    std::vector<int> cover;
    for (size_t i = from; i < lines.size() && i < from + kBodyLinesForGutters; ++i) {
        const bool cells = holds_cells(lines[i]);
        for (size_t k = 0; k < lines[i].words.size(); ++k) {
            const Word* w = lines[i].words[k];
            const Word* before = k ? lines[i].words[k - 1] : nullptr;
            const double left = cells && before && word_space_between(*before, *w) ? before->box.x1 : w->box.x0;
            const size_t x0 = strip_at(left);
            const size_t x1 = strip_at(w->box.x1);
            if (cover.size() < x1 + 1) cover.resize(x1 + 1, 0);
            for (size_t x = x0; x < x1; ++x) ++cover[x];
        }
    }
    return cover;
}

bool covered(const std::vector<int>& cover, size_t from, size_t to) {
    for (size_t x = from; x < to && x < cover.size(); ++x)
        if (cover[x]) return true;
    return false;
}

// Two neighbouring label words belong to different columns when the body has a gutter between
// them: an empty strip with body words on both sides, each under one of the two labels.
// Tightly set labels ("Status YTD Actual") are told apart by what is printed under them.
bool gutter_between(const Word& a, const Word& b, const std::vector<int>& cover) {
    const size_t lo = strip_at(a.box.center_x());
    const size_t hi = strip_at(b.box.center_x());
    for (size_t x = lo; x < hi && x < cover.size();) {
        if (cover[x]) {
            ++x;
            continue;
        }
        size_t run_end = x;
        while (run_end < cover.size() && !cover[run_end]) ++run_end;
        const size_t left_from = strip_at(a.box.x0);
        const size_t right_to = strip_at(b.box.x1);
        if (run_end - x >= kMinLabelGutter && covered(cover, left_from, x) && covered(cover, run_end, right_to))
            return true;
        x = run_end;
    }
    return false;
}

std::optional<std::string> role_of(const Word& w, const PatternPack& pack) { return label_role(w.text, pack); }

bool names_a_column(const Phrase& phrase, const PatternPack& pack) {
    return !column_key(phrase.text(), pack).empty();
}


Phrase words_of(const Phrase& phrase, size_t from, size_t to) {
    Phrase part{{}, phrase.words[from]->box};
    for (size_t i = from; i < to; ++i) {
        part.words.push_back(phrase.words[i]);
        part.box = union_box(part.box, phrase.words[i]->box);
    }
    return part;
}

bool names_a_role(const Phrase& phrase, const PatternPack& pack) {
    return std::any_of(phrase.words.begin(), phrase.words.end(),
                       [&](const Word* w) { return label_role(w->text, pack).has_value(); });
}

// Two columns' labels set a space apart ("Measure and description Portfolio"): the phrase
// means what its head means, and its tail names another column that is no value's (a value's
// role word completes a label: "YTD Status"). A tail that changes the meaning ("Measure Unit")
// is one label's.
std::vector<Phrase> part_run_on_labels(const Phrase& phrase, const PatternPack& pack) {
    const std::string whole = column_key(phrase.text(), pack);
    if (whole.empty()) return {phrase};
    for (size_t i = 1; i < phrase.words.size(); ++i) {
        Phrase head = words_of(phrase, 0, i), tail = words_of(phrase, i, phrase.words.size());
        if (names_a_role(tail, pack)) continue;
        const std::string tail_key = column_key(tail.text(), pack);
        if (tail_key.empty() || tail_key == whole || column_key(head.text(), pack) != whole) continue;
        std::vector<Phrase> out{head};
        for (auto& p : part_run_on_labels(tail, pack)) out.push_back(std::move(p));
        return out;
    }
    return {phrase};
}

// A label phrase parted where the body shows a gutter (over other labels, only where a side
// names a column of its own: a group label's words, "Date Performance" over two columns, mean
// nothing apart), or where a word names a second value
// role (target, actual, status) in one phrase.
// The nearest label phrase above a word that it sits under, or null.
const Phrase* label_above(const Word& w, const std::vector<Phrase>& above) {
    const Phrase* nearest = nullptr;
    for (const auto& q : above)
        if (q.box.y1 <= w.box.center_y() && overlap(w.box.x0, w.box.x1, q.box.x0, q.box.x1) > 0 &&
            (!nearest || q.box.y1 > nearest->box.y1))
            nearest = &q;
    return nearest;
}

// Two neighbouring words of a lower label line belong to two columns when each sits under
// another column's label on the line above ("Performance Performance" under "Target" and
// "Actual"): a header cell's lines stay within its cell. So do they when one sits under a label
// that does not reach the other, and the other (with what the line holds on its side) names a
// column by itself ("Performance Indicator", where "Indicator" is a one-line label set level
// with the others' second lines) and the label above names a column too. A group label (which may sit over or under its columns) is
// never parted this way.
bool parted_by_labels_above(const Phrase& phrase, const Phrase& before, const Word& a, const Word& b,
                            const std::vector<Phrase>& above, const PatternPack& pack) {
    auto is_group = [&](const Phrase& p) { return pack.full_matches_any("table.group_label", collapse_whitespace(p.text())); };
    if (is_group(phrase)) return false;
    const Phrase* over_a = label_above(a, above);
    const Phrase* over_b = label_above(b, above);
    if (over_a && is_group(*over_a)) over_a = nullptr;
    if (over_b && is_group(*over_b)) over_b = nullptr;
    const bool a_apart = !over_b || a.box.x1 <= over_b->box.x0;  // b's label does not reach a
    const bool b_apart = !over_a || b.box.x0 >= over_a->box.x1;  // a's label does not reach b
    if (!a_apart || !b_apart || over_a == over_b) return false;
    if (over_a && over_b) return true;
    // The one label above must be a column's own (a group's wording may not match the pack).
    if (!names_a_column(over_a ? *over_a : *over_b, pack)) return false;
    return over_a ? names_a_column(Phrase{{&b}, b.box}, pack) : names_a_column(before, pack);
}

// The nearest label phrase below a word whose width holds the word's centre, or null.
const Phrase* label_below(const Word& w, const std::vector<Phrase>& below) {
    const Phrase* nearest = nullptr;
    for (const auto& q : below)
        if (q.box.y0 >= w.box.center_y() && w.box.center_x() >= q.box.x0 && w.box.center_x() <= q.box.x1 &&
            (!nearest || q.box.y0 < nearest->box.y0))
            nearest = &q;
    return nearest;
}

// Two neighbouring words of an upper label line, each centred over another label of the lines
// below ("Period Target" over "RAG" and "YTD"), are two columns' first lines. A group label
// spans its columns and is centred over none of them alone, unless the pack names it.
bool parted_by_labels_below(const Phrase& phrase, const Word& a, const Word& b, const std::vector<Phrase>& below,
                            const PatternPack& pack) {
    const Phrase* under_a = label_below(a, below);
    const Phrase* under_b = label_below(b, below);
    if (!under_a || !under_b || under_a == under_b) return false;
    // the words part where the labels below part (a group's words need not)
    if (std::max(a.box.x1, under_a->box.x1) > std::min(b.box.x0, under_b->box.x0)) return false;
    return !pack.full_matches_any("table.group_label", collapse_whitespace(phrase.text()));
}

// The same word, whatever its case and the brackets or stops around it.
bool same_word(const std::string& a, const std::string& b) {
    const std::string bare = to_lower_ascii(bare_word(a));
    return !bare.empty() && bare == to_lower_ascii(bare_word(b));
}

// Boxes a phrase's words anew.
void rebox(Phrase& p) {
    p.box = p.words.front()->box;
    for (const Word* w : p.words) p.box = union_box(p.box, w->box);
}

// A value label names one period. Where the words after its role word name a second one that
// the next role word follows ("YTD Actual YTD Status", "Target this period YTD RAG"), that
// second period is the next label's. A label with no period of its own keeps what follows its
// role word ("Target YTD Status" is "Target YTD" and "Status").
void move_qualifier(std::vector<Phrase>& out, size_t role_at, const PatternPack& pack) {
    Phrase& before = out[out.size() - 2];
    Phrase& after = out.back();
    const size_t n = before.words.size();
    auto names_period = [&](size_t from, size_t to) {
        return from < to && pack.full_matches_any("table.group_label", words_of(before, from, to).text());
    };
    for (size_t k = role_at + 1; k < n; ++k) {
        if (!names_period(k, n) || !(names_period(0, role_at) || names_period(role_at + 1, k))) continue;
        after.words.insert(after.words.begin(), before.words.begin() + long(k), before.words.end());
        before.words.resize(k);
        rebox(before);
        rebox(after);
        return;
    }
}

// Whether the phrase's last word i belongs to the label before it although the body shows a
// gutter between them: a column of short repeated values ("Cllr B Sefton") can leave a word
// space empty on every line. So it does where the whole names a column and the word names
// nothing by itself ("Risk Impact") or names the column the words before it name ("Lead
// Director"). (Words before it that name nothing, "Cabinet" in "Cabinet Member", cannot be told
// from a value's words before another label: "Performance" then "Indicator".)
bool one_label_read_whole(const Phrase& phrase, const Phrase& before, size_t i, const PatternPack& pack) {
    if (i + 1 != phrase.words.size() || column_key(phrase.text(), pack).empty()) return false;
    const std::string last = column_key(phrase.words[i]->text, pack);
    return last.empty() || last == column_key(before.text(), pack);
}

std::vector<Phrase> split_label_phrase(const Phrase& phrase, const std::vector<int>& cover, bool over_labels,
                                       const std::vector<Phrase>& above, const std::vector<Phrase>& below,
                                       const PatternPack& pack) {
    std::vector<Phrase> out{Phrase{{phrase.words.front()}, phrase.words.front()->box}};
    std::optional<std::string> role = role_of(*phrase.words.front(), pack);
    size_t role_at = 0;  // where in out.back() its role word is
    for (size_t i = 1; i < phrase.words.size(); ++i) {
        const Word* w = phrase.words[i];
        auto this_role = role_of(*w, pack);
        const bool parted_by_body =
            gutter_between(*phrase.words[i - 1], *w, cover) &&
            (!over_labels || names_a_column(out.back(), pack) || names_a_column(words_of(phrase, i, phrase.words.size()), pack)) &&
            !one_label_read_whole(phrase, out.back(), i, pack);
        // a value label set tight after another column's label ("Trend Target Performance")
        const bool value_after_named = !role && this_role && *this_role != "status" &&
                                       names_a_column(out.back(), pack) &&
                                       !pack.full_matches_any("table.group_label", out.back().text());
        const bool parted_above = parted_by_labels_above(phrase, out.back(), *phrase.words[i - 1], *w, above, pack) ||
                                  parted_by_labels_below(phrase, *phrase.words[i - 1], *w, below, pack);
        // A word printed twice in a row ("Period Period Target", "Target (Period) Period RAG") is
        // two cells' words.
        const bool repeated = same_word(w->text, phrase.words[i - 1]->text);
        const bool two_roles = role && this_role;
        if (parted_by_body || parted_above || repeated || two_roles || value_after_named) {
            out.push_back(Phrase{{w}, w->box});
            if (two_roles && !parted_by_body && !parted_above && !repeated) move_qualifier(out, role_at, pack);
            role = this_role;
            role_at = out.back().words.size() - 1;
            continue;
        }
        if (this_role && !role) role_at = out.back().words.size();
        if (this_role) role = this_role;
        out.back().words.push_back(w);
        out.back().box = union_box(out.back().box, w->box);
    }
    std::vector<Phrase> parted;
    for (const auto& p : out)
        for (auto& q : part_run_on_labels(p, pack)) parted.push_back(std::move(q));
    return parted;
}

bool has_label_below(const Phrase& phrase, const std::vector<std::vector<Phrase>>& band, size_t from_line) {
    for (size_t i = from_line; i < band.size(); ++i)
        for (const auto& q : band[i])
            if (overlaps(phrase.box, q.box)) return true;
    return false;
}

std::optional<Header> header_from_band(const std::vector<Line>& lines, size_t first, size_t end,
                                       const PatternPack& pack, const Header* model) {
    std::vector<LabelPhrase> phrases;
    Header h;
    h.first_line = first;
    h.end_line = end;
    h.box = lines[first].box;
    const std::vector<int> cover = body_coverage(lines, end);
    std::vector<std::vector<Phrase>> band;
    for (size_t i = first; i < end; ++i) band.push_back(split_phrases(lines[i]));
    std::vector<Phrase> above;  // the band's phrases on the lines read so far
    for (size_t i = first; i < end; ++i) {
        if (i > first) above.insert(above.end(), band[i - first - 1].begin(), band[i - first - 1].end());
        std::vector<Phrase> below;  // and on the lines still to read
        for (size_t k = i + 1; k < end; ++k) below.insert(below.end(), band[k - first].begin(), band[k - first].end());
        h.box = union_box(h.box, lines[i].box);
        for (auto& p : band[i - first]) {
            const bool over_labels = has_label_below(p, band, i - first + 1);
            for (auto& part : split_label_phrase(p, cover, over_labels, above, below, pack)) phrases.push_back({part, i});
        }
    }
    h.columns = classify_columns(labels_from_phrases(std::move(phrases), pack), pack);
    return accept_band(h, model, cover);
}

bool close_below(const Line& upper, const Line& lower) {
    return lower.box.y0 - upper.box.y1 < 2 * upper.height();
}

// A line of a stray word or two that are no label ("ot" for "of"): OCR's pieces of a two-line
// label, which split its band only when a header line follows close below. A row's id is never
// one (a converter may set a row's first line among its header's centred labels).
bool stray_in_band(const std::vector<Line>& lines, size_t at, const PatternPack& pack) {
    return lines[at].words.size() <= kMaxStrayWords && at + 1 < lines.size() &&
           !leading_measure_id(lines[at].text(), pack) &&
           close_below(lines[at - 1], lines[at]) && close_below(lines[at], lines[at + 1]) &&
           is_header_line(lines[at + 1], pack);
}

// The header line further below the band that goes on with its labels, or 0: within
// kBandReach of the band's last line's heights, a line made of label words with one under a
// label of the band. A tall header cell's centred labels lie that far apart where text is set
// on a coarse line grid, or where a watermark line between them was taken out as furniture.
size_t band_continues_at(const std::vector<Line>& lines, size_t first, size_t end, const PatternPack& pack) {
    const Line& last = lines[end - 1];
    for (size_t k = end; k < lines.size() && lines[k].box.y0 - last.box.y1 < kBandReach * last.height(); ++k) {
        // a line passed over is a label's or a stray piece's, never a row's or prose
        if (!is_header_line(lines[k], pack)) {
            if (lines[k].words.size() > kMaxStrayWords || leading_measure_id(lines[k].text(), pack)) return 0;
            continue;
        }
        for (size_t i = first; i < end; ++i)
            for (const Word* above : lines[i].words)
                for (const Word* below : lines[k].words)
                    if (overlaps(above->box, below->box)) return k;
    }
    return 0;
}

// The share of the line's words that are label words (small words count neither way).
double header_word_share(const Line& line, const PatternPack& pack) {
    size_t hits = 0, words = 0;
    for (const auto* w : line.words) {
        std::string bare = bare_word(w->text);
        // a lone bracket or dash, or a small word, says nothing either way
        if (bare.empty() || pack.full_matches_any("table.header_filler", bare)) continue;
        ++words;
        if (pack.full_matches_any("table.header_word", bare)) ++hits;
    }
    return words ? static_cast<double>(hits) / static_cast<double>(words) : 0.0;
}

// How many words of the line sit over or under a word of the band's lines: labels stacked in
// their cells.
size_t words_stacked(const Line& line, const std::vector<Line>& lines, size_t first, size_t end) {
    size_t n = 0;
    for (const Word* u : line.words) {
        bool stacked = false;
        for (size_t i = first; i < end && !stacked; ++i)
            for (const Word* w : lines[i].words)
                if (overlap(u->box.x0, u->box.x1, w->box.x0, w->box.x1) > 0) stacked = true;
        n += stacked;
    }
    return n;
}

// How much of the band's width the line spans.
double band_width_share(const Line& line, const std::vector<Line>& lines, size_t first, size_t end) {
    Box band = lines[first].box;
    for (size_t i = first + 1; i < end; ++i) band = union_box(band, lines[i].box);
    return band.width() > 0 ? overlap(line.box.x0, line.box.x1, band.x0, band.x1) / band.width() : 0.0;
}

// A line beside the band [first, end) that belongs to it though OCR garbled some of its labels:
// half label words, stacked with the band's labels across much of its width, starting no row
// (a title or date line above a header sits at one side, clear of its labels).
bool garbled_band_line(const Line& line, const std::vector<Line>& lines, size_t first, size_t end,
                       const PatternPack& pack) {
    return !leading_measure_id(line.text(), pack) && header_word_share(line, pack) >= kBandWordShare &&
           words_stacked(line, lines, first, end) >= kMinStackedLabels &&
           band_width_share(line, lines, first, end) >= kMinBandWidthShare;
}

// The first line of the band [at, end): lines close above it that are garbled band lines.
size_t band_start(const std::vector<Line>& lines, size_t from, size_t at, size_t end, const PatternPack& pack) {
    while (at > from && close_below(lines[at - 1], lines[at]) && garbled_band_line(lines[at - 1], lines, at, end, pack))
        --at;
    return at;
}

// The end of the header band that starts at line first: the header lines close below it.
size_t header_band_end(const std::vector<Line>& lines, size_t first, const PatternPack& pack) {
    size_t end = first + 1;
    while (end < lines.size()) {
        if (close_below(lines[end - 1], lines[end]) &&
            (is_header_line(lines[end], pack) || stray_in_band(lines, end, pack) ||
             garbled_band_line(lines[end], lines, first, end, pack))) {
            ++end;
        } else if (size_t k = band_continues_at(lines, first, end, pack)) {
            end = k + 1;
        } else {
            break;
        }
    }
    return end;
}

}  // namespace

bool is_header_line(const Line& line, const PatternPack& pack) {
    return header_word_share(line, pack) >= kHeaderWordShare;
}

size_t named_columns(const Header& header) {
    return static_cast<size_t>(std::count_if(header.columns.begin(), header.columns.end(),
                                             [](const Column& c) { return !c.key.empty(); }));
}

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
        const size_t end = header_band_end(lines, i, pack);
        if (auto h = header_from_band(lines, band_start(lines, from, i, end, pack), end, pack, model)) return h;
        i = end - 1;
    }
    return std::nullopt;
}

}  // namespace occx
