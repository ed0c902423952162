#include "validate/polarity.h"

#include "validate/facts.h"

namespace occx {

const char* polarity_text(Polarity p) {
    return p == Polarity::higher ? "higher is better" : "lower is better";
}

std::optional<Polarity> title_polarity(const OptString& title, const PatternPack& patterns) {
    if (!title) return std::nullopt;
    const bool lower = patterns.matches_any("validate.lower_is_better", *title);
    const bool higher = patterns.matches_any("validate.higher_is_better", *title);
    if (lower == higher) return std::nullopt;
    return lower ? Polarity::lower : Polarity::higher;
}

std::optional<Polarity> implied_polarity(const Triple& t) {
    auto actual = number_of(t.actual), target = number_of(t.target);
    if (!is_rag(t.status) || !actual || !target || *actual == *target) return std::nullopt;
    const bool green = *t.status == "GREEN";
    const bool below = *actual < *target;
    // GREEN below target: lower is better; off-target (RED/AMBER) below target: higher is.
    return green == below ? Polarity::lower : Polarity::higher;
}

bool contradicts(const Triple& t, Polarity p) {
    auto implied = implied_polarity(t);
    return implied && *implied != p;
}

}  // namespace occx
