#include "table/header_reuse.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <vector>

namespace occx {

namespace {

constexpr size_t kMinSharedColumns = 3;
// Points a shared column may sit off the others' offset: a scan's page moves as a whole,
// another layout's columns do not line up.
constexpr double kLayoutSlack = 12;
// The share of the columns two headers both name that must sit at one offset for them to be
// one layout: a label OCR garbled may name a column elsewhere.
constexpr double kAgreeingShare = 0.75;
// Two readings' labels are one column's when they overlap over this share of the narrower:
// a page's labels sit a point or two off another's, and a neighbour's only touches.
constexpr double kSamePlaceShare = 0.5;
// An unnamed column the base reading lacks enters the consensus only when this many readings
// print a label there that they cannot name (one reading's alone is a misreading of that page).
constexpr size_t kMinReadingsForUnnamed = 2;

bool labels_overlap(const Column& a, const Column& b) {
    return overlap(a.label_x0, a.label_x1, b.label_x0, b.label_x1) > 0;
}

double label_width(const Column& c) { return std::max(c.label_x1 - c.label_x0, 1e-6); }

// Whether a label sits in a column's place: it overlaps over half the narrower of the two.
bool same_place(const Column& a, const Column& b) {
    return overlap(a.label_x0, a.label_x1, b.label_x0, b.label_x1) >
           kSamePlaceShare * std::min(label_width(a), label_width(b));
}

// A label that reaches over two or more of the model's (OCR ran neighbouring labels
// together): it tells nothing of where the band's layout sits.
bool reaches_over_several(const Column& c, const Header& model) {
    return std::count_if(model.columns.begin(), model.columns.end(),
                         [&](const Column& m) { return same_place(c, m); }) >= 2;
}

void move_right(Column& c, double dx) {
    c.label_x0 += dx;
    c.label_x1 += dx;
    c.x0 += dx;
    c.x1 += dx;
}

// Adds a column the model lacks, in place of the unnamed columns under its label; a column
// that would cover a named one is left out.
void add_learnt_column(std::vector<Column>& columns, const Column& learnt) {
    for (const auto& c : columns)
        if (!c.key.empty() && labels_overlap(c, learnt)) return;
    std::erase_if(columns, [&](const Column& c) { return c.key.empty() && labels_overlap(c, learnt); });
    columns.push_back(learnt);
}

}  // namespace

std::optional<double> layout_offset(const Header& band, const Header& model) {
    std::vector<double> shifts;
    for (const auto& c : band.columns)
        if (const Column* m = c.key.empty() ? nullptr : model.find(c.key); m && !reaches_over_several(c, model))
            shifts.push_back(c.center() - m->center());
    if (shifts.size() < kMinSharedColumns) return std::nullopt;
    const double dx = median(shifts);
    const auto agreeing = std::count_if(shifts.begin(), shifts.end(), [&](double s) { return std::abs(s - dx) <= kLayoutSlack; });
    if (static_cast<size_t>(agreeing) < kMinSharedColumns ||
        static_cast<double>(agreeing) < kAgreeingShare * static_cast<double>(shifts.size()))
        return std::nullopt;
    return dx;
}

namespace {

// A reading that names the measure column, most others share a layout with, names most columns
// and leaves fewest unnamed (a label parted in two leaves one part unnamed), in that order.
size_t base_reading(const std::vector<Header>& readings) {
    using Rank = std::tuple<bool, size_t, size_t, long>;
    auto rank = [&](size_t i) {
        size_t support = 0;
        for (size_t j = 0; j < readings.size(); ++j) support += j != i && layout_offset(readings[j], readings[i]);
        const size_t named = named_columns(readings[i]);
        return Rank{readings[i].find("measure") != nullptr, support, named,
                    -static_cast<long>(readings[i].columns.size() - named)};
    };
    size_t best = 0;
    Rank best_rank = rank(0);
    for (size_t i = 1; i < readings.size(); ++i)
        if (Rank r = rank(i); r > best_rank) {
            best = i;
            best_rank = r;
        }
    return best;
}

// A column as another reading printed it, moved into the base reading's place.
struct Placed {
    Column column;
    size_t reading = 0;
};

// Every column of every reading of the base's layout, moved by its reading's offset.
std::vector<Placed> placed_columns(const std::vector<Header>& readings, size_t base) {
    std::vector<Placed> placed;
    for (size_t j = 0; j < readings.size(); ++j) {
        const auto dx = j == base ? std::optional<double>(0) : layout_offset(readings[j], readings[base]);
        if (!dx) continue;
        for (Column c : readings[j].columns) {
            move_right(c, -*dx);
            placed.push_back({std::move(c), j});
        }
    }
    return placed;
}

// Whether two labels are printed alike: each overlaps over half the other.
bool printed_alike(const Column& a, const Column& b) {
    return overlap(a.label_x0, a.label_x1, b.label_x0, b.label_x1) >
           kSamePlaceShare * std::max(label_width(a), label_width(b));
}

// How many other readings print a label just like this one.
size_t support(const Placed& p, const std::vector<Placed>& placed) {
    std::set<size_t> readings;
    for (const auto& q : placed)
        if (q.reading != p.reading && printed_alike(p.column, q.column)) readings.insert(q.reading);
    return readings.size();
}

// The columns grouped by place. The base reading's labels found the places, then those most
// readings print alike; a label that reaches over two places (OCR ran two labels together)
// votes for neither.
std::vector<std::vector<const Placed*>> group_by_place(const std::vector<Placed>& placed, size_t base) {
    std::vector<std::tuple<bool, size_t, const Placed*>> order;
    for (const auto& p : placed) order.push_back({p.reading == base, support(p, placed), &p});
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
        if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a);
        if (std::get<1>(a) != std::get<1>(b)) return std::get<1>(a) > std::get<1>(b);
        return label_width(std::get<2>(a)->column) < label_width(std::get<2>(b)->column);
    });
    std::vector<std::vector<const Placed*>> places;
    for (const auto& [in_base, _, p] : order) {
        std::vector<size_t> hits;
        for (size_t i = 0; i < places.size(); ++i)
            if (same_place(places[i].front()->column, p->column)) hits.push_back(i);
        if (hits.empty()) places.push_back({p});
        else if (hits.size() == 1) places[hits.front()].push_back(p);
    }
    return places;
}

// A value column's part (actual, target, status), whatever period it is read for; any other
// key is its own part. A reading names a value column's period by its order as much as by its
// label (a second "Target" is the year's), and a page that lost one of two such labels names the
// other for the wrong period: the readings agree on the part, and the places' order settles the
// period.
std::string part_of(const std::string& key) {
    for (const std::string prefix : {"period_", "ytd_"})
        if (key.starts_with(prefix)) return key.substr(prefix.size());
    return key;
}

bool is_value_part(const std::string& part) { return part == "actual" || part == "target" || part == "status"; }

struct Vote {
    size_t place = 0;
    std::string part;
    size_t votes = 0;
    double share = 0;  // of the readings printing a label there, those naming it so
};

// The readings naming each key at a place.
std::map<std::string, std::set<size_t>> readers_by_key(const std::vector<const Placed*>& place) {
    std::map<std::string, std::set<size_t>> by_key;
    for (const Placed* p : place)
        if (!p->column.key.empty()) by_key[p->column.key].insert(p->reading);
    return by_key;
}

size_t readings_printing(const std::vector<const Placed*>& place) {
    std::set<size_t> printing;
    for (const Placed* p : place) printing.insert(p->reading);
    return printing.size();
}

// Each place's parts with their votes, strongest first: more votes, then a larger share.
std::vector<Vote> votes_by_place(const std::vector<std::vector<const Placed*>>& places) {
    std::vector<Vote> votes;
    for (size_t i = 0; i < places.size(); ++i) {
        std::map<std::string, std::set<size_t>> by_part;
        for (const auto& [key, readers] : readers_by_key(places[i])) by_part[part_of(key)].insert(readers.begin(), readers.end());
        const double printing = double(readings_printing(places[i]));
        for (const auto& [part, readers] : by_part) votes.push_back({i, part, readers.size(), double(readers.size()) / printing});
    }
    std::stable_sort(votes.begin(), votes.end(), [](const Vote& a, const Vote& b) {
        return std::tie(a.votes, a.share) > std::tie(b.votes, b.share);
    });
    return votes;
}

// How many places a part may take: a value part two (the period's and the year's) where some
// reading names it for the year, any other part one.
size_t places_for(const std::string& part, const std::vector<std::vector<const Placed*>>& places) {
    if (!is_value_part(part)) return 1;
    for (const auto& place : places)
        if (readers_by_key(place).contains("ytd_" + part)) return 2;
    return 1;
}

// Each place's key: each part to the places most readings give it; a value part's two places
// are the period's (left) and the year's (right), and one alone takes the key most readings
// give it there.
std::vector<std::string> settle_keys(const std::vector<std::vector<const Placed*>>& places) {
    std::vector<std::string> parts(places.size());
    std::map<std::string, std::vector<size_t>> taken;  // part → its places, in vote order
    for (const auto& v : votes_by_place(places)) {
        auto& at = taken[v.part];
        if (parts[v.place].empty() && at.size() < places_for(v.part, places)) {
            parts[v.place] = v.part;
            at.push_back(v.place);
        }
    }
    std::vector<std::string> keys(places.size());
    auto named_for = [&](size_t place, const std::string& key) { return readers_by_key(places[place]).contains(key); };
    for (auto& [part, at] : taken) {
        if (at.size() == 2) {
            const size_t stronger = at[0];
            std::sort(at.begin(), at.end(), [&](size_t a, size_t b) {
                return places[a].front()->column.center() < places[b].front()->column.center();
            });
            // two places only where some reading names the left one the period's and some the
            // right one the year's: else one is a label's stray part, and the stronger stands
            if (named_for(at[0], "period_" + part) && named_for(at[1], "ytd_" + part)) {
                keys[at[0]] = "period_" + part;
                keys[at[1]] = "ytd_" + part;
                continue;
            }
            at = {stronger};
        }
        for (size_t i : at) {
            size_t most = 0;
            for (const auto& [key, readers] : readers_by_key(places[i]))
                if (part_of(key) == part && readers.size() > most) {
                    keys[i] = key;
                    most = readers.size();
                }
        }
    }
    return keys;
}

// The column a place stands for, named key ("" for none): where the base reading prints it, as
// printed there (a layout text's pages move some columns and not others, so the others' offset
// is no exact measure); elsewhere its labels' median place and its readings' median extent (the
// label's own where no reading set one).
Column place_column(const std::vector<const Placed*>& place, const std::string& key, size_t base) {
    for (const Placed* p : place)
        if (p->reading == base) {
            Column c = p->column;
            c.key = key;
            return c;
        }
    std::vector<double> lx0, lx1, x0, x1;
    for (const Placed* p : place) {
        lx0.push_back(p->column.label_x0);
        lx1.push_back(p->column.label_x1);
        if (p->column.x1 > p->column.x0) x0.push_back(p->column.x0), x1.push_back(p->column.x1);
    }
    Column c = place.front()->column;
    for (const Placed* p : place)
        if (p->column.key == key) {
            c = p->column;
            break;
        }
    c.key = key;
    c.label_x0 = median(lx0);
    c.label_x1 = median(lx1);
    c.x0 = x0.empty() ? c.label_x0 : median(x0);
    c.x1 = x1.empty() ? c.label_x1 : median(x1);
    return c;
}

// Whether a place no key went to is a column of its own, printed with a label nobody could
// name: the base reading prints it so, or more readings than one do. A place its readings
// named, for a key another place won, is that column printed elsewhere (a layout text's page
// that set it a few characters over), and one other reading alone is that page's misreading.
bool unnamed_column(const std::vector<const Placed*>& place, size_t base) {
    std::set<size_t> unnamed;
    for (const Placed* p : place)
        if (p->column.key.empty()) unnamed.insert(p->reading);
    return unnamed.contains(base) || unnamed.size() >= kMinReadingsForUnnamed;
}

// Neighbours share one boundary, halfway across whatever gap or overlap their extents leave.
void join_extents(std::vector<Column>& columns) {
    for (size_t i = 0; i + 1 < columns.size(); ++i) {
        const double boundary = (columns[i].x1 + columns[i + 1].x0) / 2;
        columns[i].x1 = columns[i + 1].x0 = boundary;
    }
}

}  // namespace

std::optional<Header> consensus_header(const std::vector<Header>& readings) {
    if (readings.empty()) return std::nullopt;
    const size_t b = base_reading(readings);
    const std::vector<Placed> placed = placed_columns(readings, b);
    const auto places = group_by_place(placed, b);
    const std::vector<std::string> keys = settle_keys(places);
    Header h = readings[b];
    h.columns.clear();
    for (size_t i = 0; i < places.size(); ++i) {
        if (keys[i].empty() && !unnamed_column(places[i], b)) continue;
        h.columns.push_back(place_column(places[i], keys[i], b));
    }
    std::sort(h.columns.begin(), h.columns.end(),
              [](const Column& a, const Column& b) { return a.label_x0 < b.label_x0; });
    join_extents(h.columns);
    return h;
}

bool runs_labels_together(const Header& band, const Header& model) {
    return std::any_of(band.columns.begin(), band.columns.end(),
                       [&](const Column& c) { return reaches_over_several(c, model); });
}

bool same_keys(const Header& a, const Header& b) {
    return std::equal(a.columns.begin(), a.columns.end(), b.columns.begin(), b.columns.end(),
                      [](const Column& x, const Column& y) { return x.key == y.key; });
}

bool names_all_of(const Header& band, const Header& model) {
    for (const auto& c : model.columns)
        if (!c.key.empty() && !band.find(c.key)) return false;
    return true;
}

Header merge_with_model(const Header& band, const Header& model, double dx) {
    Header h = band;
    h.columns = model.columns;
    for (auto& c : h.columns) move_right(c, dx);
    for (const auto& c : band.columns)
        if (!c.key.empty() && !model.find(c.key)) add_learnt_column(h.columns, c);
    std::sort(h.columns.begin(), h.columns.end(),
              [](const Column& a, const Column& b) { return a.label_x0 < b.label_x0; });
    h.reused = true;
    h.read_columns = band.columns;
    return h;
}

}  // namespace occx
