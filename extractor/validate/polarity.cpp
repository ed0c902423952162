#include "validate/polarity.h"

#include <cmath>

#include "validate/facts.h"

namespace occx {

const char* polarity_text(Polarity p) {
    return p == Polarity::higher ? "higher is better" : "lower is better";
}

namespace {

// The side of the one list that matches; none when neither or both do.
std::optional<Polarity> one_side(bool lower, bool higher) {
    if (lower == higher) return std::nullopt;
    return lower ? Polarity::lower : Polarity::higher;
}

}  // namespace

std::optional<Polarity> title_polarity(const OptString& title, const PatternPack& patterns) {
    if (!title) return std::nullopt;
    return one_side(patterns.matches_any("validate.lower_is_better", *title),
                    patterns.matches_any("validate.higher_is_better", *title));
}

std::optional<Polarity> counted_polarity(const OptString& title, const PatternPack& patterns) {
    if (!title || patterns.matches_any("validate.lower_is_better", *title) ||
        patterns.matches_any("validate.higher_is_better", *title))
        return std::nullopt;
    return one_side(patterns.matches_any("validate.lower_counted", *title),
                    patterns.matches_any("validate.higher_counted", *title));
}

std::optional<Polarity> target_statement_polarity(const OptString& comment, const PatternPack& patterns) {
    if (!comment) return std::nullopt;
    std::vector<std::optional<Polarity>> said;
    for (const auto& s : sentences(*comment))
        if (!patterns.matches_any("validate.target_negation", s))
            said.push_back(one_side(patterns.matches_any("validate.target_lower", s),
                                    patterns.matches_any("validate.target_higher", s)));
    return agreed(said);
}

std::optional<Polarity> agreed(const std::vector<std::optional<Polarity>>& said) {
    std::optional<Polarity> out;
    for (const auto& p : said) {
        if (!p) continue;
        if (out && *out != *p) return std::nullopt;
        out = p;
    }
    return out;
}

std::optional<Polarity> implied_polarity(const Triple& t) {
    auto actual = number_of(t.actual), target = number_of(t.target);
    if (!is_rag(t.status) || !actual || !target || *actual == *target) return std::nullopt;
    const bool green = *t.status == "GREEN";
    const bool below = *actual < *target;
    // GREEN below target: lower is better; off-target (RED/AMBER) below target: higher is.
    return green == below ? Polarity::lower : Polarity::higher;
}

bool within_green_tolerance(double actual, double target) {
    return std::abs(actual - target) <= kGreenTolerance * std::abs(target);
}

bool contradicts(const Triple& t, Polarity p) {
    auto implied = implied_polarity(t);
    return implied && *implied != p;
}

}  // namespace occx
