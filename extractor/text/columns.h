#pragma once
// Table headers in stream text: labels read through the one header vocabulary (patterns/table.re2,
// normalize/header_labels.h) into column keys, so that a
// header line tells the column order instead of a fixed position.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "patterns/pattern_pack.h"

namespace occx::plain {

// Column keys (patterns/table.re2): measure unit trend director portfolio_holder comment improvement_plan timeframe
// finance_impact risk_impact, and the value keys period_actual ... ytd_status.
bool is_value_key(std::string_view key);
bool is_status_key(std::string_view key);
bool is_text_key(std::string_view key);  // comment ... risk_impact

// The labels of a header text, in order, as raw keys (including "@period", "?target").
// strict: every word must belong to a label (else nullopt); otherwise unknown words are skipped.
// after_first: the text follows a header's first column, so "Indicator" names a status there.
// unknown_words (not strict): counts the words that belong to no label.
std::optional<std::vector<std::string>> read_labels(std::string_view text, const PatternPack& pack,
                                                    bool strict, bool after_first = false,
                                                    size_t* unknown_words = nullptr);
// A header line that OCR garbled: its labels, where most of its words still read as labels.
std::optional<std::vector<std::string>> read_noisy_labels(std::string_view text, const PatternPack& pack,
                                                          bool after_first = false);

// Resolves group headings and generic labels ("Target" under "YTD Performance") into column keys.
// A key met again is the next column of its meaning (table.column_again: the year to date's).
std::vector<std::string> resolve_labels(const std::vector<std::string>& raw, const PatternPack& pack);

// A header of tab-separated cells: for each cell its raw labels (empty for an empty cell),
// or nullopt when some cell is not a header label.
std::optional<std::vector<std::vector<std::string>>> read_header_cells(const std::vector<std::string>& cells,
                                                                       const PatternPack& pack);

// The monthly report's value columns, left to right, used where a header is unreadable.
const std::vector<std::string>& default_value_order();

// The value keys of an order, completed with the default order's missing keys.
std::vector<std::string> value_slots(const std::vector<std::string>& order);

}  // namespace occx::plain
