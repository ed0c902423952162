#pragma once
// Whether higher or lower values of a measure are better, and what a status says about it.
#include <optional>
#include <string>
#include <vector>

#include "model/record.h"
#include "patterns/pattern_pack.h"

namespace occx {

enum class Polarity { higher, lower };

const char* polarity_text(Polarity p);  // "higher is better" / "lower is better"

// From the title's wording (patterns validate.lower_is_better / higher_is_better); none when
// the title says nothing or says both.
std::optional<Polarity> title_polarity(const OptString& title, const PatternPack& patterns);
// From what the title counts (validate.lower_counted / higher_counted: "completed", "visits",
// "complaints"), weaker evidence than title_polarity: none when the title has any wording of
// title_polarity's (a title matching both of its lists says nothing either), or matches both
// counted lists.
std::optional<Polarity> counted_polarity(const OptString& title, const PatternPack& patterns);
// From a comment's statement of which way its target points (validate.target_higher /
// target_lower: "the target is at least 95%", "target was set to reduce our numbers"), one
// sentence at a time; a sentence with a negation (validate.target_negation) says nothing. None
// when no sentence says, or sentences disagree.
std::optional<Polarity> target_statement_polarity(const OptString& comment, const PatternPack& patterns);
// The polarity every given one agrees on (nones left out); none when there is none or they differ.
std::optional<Polarity> agreed(const std::vector<std::optional<Polarity>>& said);

// The polarity a triple's status implies: GREEN with actual below target implies lower is
// better, RED or AMBER with actual below target implies higher is better, and so on. None
// when the status is not a RAG, a number is missing, or actual equals target.
std::optional<Polarity> implied_polarity(const Triple& t);
// An actual within this share of its target: reports rate such a near miss GREEN within a
// tolerance, so a GREEN there says little about which way is better.
inline constexpr double kGreenTolerance = 0.05;
bool within_green_tolerance(double actual, double target);

// True when the triple's status contradicts its numbers under polarity p.
bool contradicts(const Triple& t, Polarity p);

}  // namespace occx
