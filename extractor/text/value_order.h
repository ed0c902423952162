#pragma once
// The value columns' order of a header that pdftotext (without -layout) printed one label per
// block: the blocks' order follows the labels' heights, not their columns, so only what the
// flow keeps is taken from it. Reports print the year to date's columns as they print the
// period's, so one triple's order serves both.
#include <optional>
#include <string>
#include <vector>

#include "patterns/pattern_pack.h"

namespace occx::plain {

// Where the figure runs of the flow put the status: true when before its triple's figures,
// false when after, nullopt when the runs do not tell (no printed statuses, or a tie).
std::optional<bool> status_leads_in_runs(const std::vector<std::string>& lines, const PatternPack& pack);

// Labels (raw, "?actual", or keys) naming both an actual and a target.
bool names_actual_and_target(const std::vector<std::string>& labels);

// The value keys as both triples: the actual and target in the order the labels read first
// name them, the status before or after them. Empty when the labels name neither.
std::vector<std::string> mirrored_value_order(const std::vector<std::string>& labels, std::optional<bool> status_leads);

}  // namespace occx::plain
