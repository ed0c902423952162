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

bool labels_overlap(const Column& a, const Column& b) {
    return overlap(a.label_x0, a.label_x1, b.label_x0, b.label_x1) > 0;
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
        if (const Column* m = c.key.empty() ? nullptr : model.find(c.key)) shifts.push_back(c.center() - m->center());
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

// The key another reading, dx right of the base, gives the column whose label spans [x0, x1].
std::string key_at(const Header& reading, double dx, double x0, double x1) {
    for (const auto& c : reading.columns) {
        const double centre = c.center() - dx;
        if (centre >= x0 && centre <= x1) return c.key;
    }
    return {};
}

// The key with most votes; the base's own key wins a tie.
std::string most_voted(const std::map<std::string, int>& votes, const std::string& own) {
    std::string key = own;
    int most = own.empty() ? 0 : votes.at(own);
    for (const auto& [k, n] : votes)
        if (n > most) {
            key = k;
            most = n;
        }
    return key;
}

}  // namespace

std::optional<Header> consensus_header(const std::vector<Header>& readings) {
    if (readings.empty()) return std::nullopt;
    const size_t b = base_reading(readings);
    Header h = readings[b];
    std::vector<std::string> keys;
    for (const auto& c : h.columns) {
        std::map<std::string, int> votes;
        if (!c.key.empty()) ++votes[c.key];
        for (size_t j = 0; j < readings.size(); ++j) {
            if (j == b) continue;
            auto dx = layout_offset(readings[j], h);
            if (!dx) continue;
            const std::string k = key_at(readings[j], *dx, c.label_x0, c.label_x1);
            if (!k.empty()) ++votes[k];
        }
        keys.push_back(most_voted(votes, c.key));
    }
    // votes that would give two columns one key leave the base as it was read
    std::set<std::string> distinct;
    for (const auto& k : keys)
        if (!k.empty() && !distinct.insert(k).second) return h;
    for (size_t i = 0; i < h.columns.size(); ++i) h.columns[i].key = keys[i];
    return h;
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
