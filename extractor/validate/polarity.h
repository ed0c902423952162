#pragma once
// Whether higher or lower values of a measure are better, and what a status says about it.
#include <optional>
#include <string>

#include "model/record.h"
#include "patterns/pattern_pack.h"

namespace occx {

enum class Polarity { higher, lower };

const char* polarity_text(Polarity p);  // "higher is better" / "lower is better"

// From the title's wording (patterns validate.lower_is_better / higher_is_better); none when
// the title says nothing or says both.
std::optional<Polarity> title_polarity(const OptString& title, const PatternPack& patterns);

// The polarity a triple's status implies: GREEN with actual below target implies lower is
// better, RED or AMBER with actual below target implies higher is better, and so on. None
// when the status is not a RAG, a number is missing, or actual equals target.
std::optional<Polarity> implied_polarity(const Triple& t);

// True when the triple's status contradicts its numbers under polarity p.
bool contradicts(const Triple& t, Polarity p);

}  // namespace occx
