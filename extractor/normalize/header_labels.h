#pragma once
// The one header vocabulary (patterns/table.re2), as every reader of a table's header uses it:
// the positioned reader (table/header.h) and the stream readers (text/columns.h).
#include <optional>
#include <string>
#include <string_view>

#include "patterns/pattern_pack.h"

namespace occx {

// A label word without the punctuation around it: "(YTD)" is "YTD", "Target:" is "Target".
std::string bare_word(std::string_view word);

// Lower case, punctuation as spaces, glued words parted: the form the column rules read.
std::string label_for_rules(std::string_view label, const PatternPack& pack);

// The column key a label names (table.column), or "" when it names none.
std::string column_key(std::string_view label, const PatternPack& pack);

// The role a value column's label word names (table.label_role): target, actual or status.
std::optional<std::string> label_role(std::string_view word, const PatternPack& pack);

}  // namespace occx
