#include "table/header_reuse.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace occx {

namespace {

constexpr size_t kMinSharedColumns = 3;
// Points a shared column may sit off the others' offset: a scan's page moves as a whole,
// another layout's columns do not line up.
constexpr double kLayoutSlack = 12;

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
    for (double s : shifts)
        if (std::abs(s - dx) > kLayoutSlack) return std::nullopt;
    return dx;
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
    return h;
}

}  // namespace occx
