#include "table/palette.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <tuple>

#include "table/colour.h"

namespace occx {

namespace {

// Degrees of hue below which an amber paint may be a red leaning to orange: a template's amber
// is yellow-orange (35-50°), a red moved towards orange sits lower.
constexpr double kMaxRedLeaningHue = 30;
// Degrees of hue that part two paints meant as different statuses (a palette's red and amber
// lie 20° or more apart; one colour's shades, a few).
constexpr double kMinHueSeparation = 10;

using PaintKey = std::tuple<int, int, int>;

PaintKey key_of(const Rgb& c) { return {c.r, c.g, c.b}; }

// The distinct paints the rows' statuses were read as amber from, with their hues.
std::map<PaintKey, double> amber_paints(const std::vector<RowDraft>& rows, bool* any_red) {
    std::map<PaintKey, double> ambers;
    for (const auto& row : rows)
        for (const auto& [key, paint] : row.status_paint) {
            auto it = row.colour_status.find(key);
            if (it == row.colour_status.end()) continue;
            if (it->second == "RED") *any_red = true;
            if (it->second == "AMBER") ambers.emplace(key_of(paint), paint_hue(paint));
        }
    return ambers;
}

}  // namespace

void reread_reds_by_palette(std::vector<RowDraft>& rows) {
    bool any_red = false;
    const auto ambers = amber_paints(rows, &any_red);
    if (any_red || ambers.size() < 2) return;
    auto by_hue = [](const auto& a, const auto& b) { return a.second < b.second; };
    const auto reddest = std::min_element(ambers.begin(), ambers.end(), by_hue);
    const auto yellowest = std::max_element(ambers.begin(), ambers.end(), by_hue);
    if (reddest->second >= kMaxRedLeaningHue || yellowest->second - reddest->second < kMinHueSeparation) return;
    const double red_hue = reddest->second;
    for (auto& row : rows)
        for (const auto& [key, paint] : row.status_paint) {
            const double hue = paint_hue(paint);
            if (row.colour_status[key] != "AMBER" || hue < 0 || std::abs(hue - red_hue) >= kMinHueSeparation / 2) continue;
            row.colour_status[key] = "RED";
            row.status_notes[key] = "read as red: the reddest of the document's status colours (hue " +
                                    std::to_string(int(std::lround(red_hue))) + "°), beside its amber";
        }
}

}  // namespace occx
