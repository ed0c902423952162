#pragma once
// A document read twice: where a repeated header's readings disagree (OCR garbles different
// labels on different pages, a converter splits one label on one page), the pages are read
// again under the header the readings agree on, and the reading with more cells is kept.
#include <optional>
#include <vector>

#include "model/record.h"
#include "table/header.h"

namespace occx {

// The header to read the pages again under, or nullopt when a second reading would change
// nothing: the consensus of the readings (table/header_reuse.h), where some reading of its
// layout names other columns, or where ids came before any header was read.
std::optional<Header> header_to_read_again(const std::vector<Header>& readings, bool ids_before_a_header);

// How many of the records' cells were read: what tells two readings of one document apart.
size_t cells_read(const std::vector<Record>& records);

// Whether the second reading is the one to keep: as many records, and more cells read.
bool reads_more(const std::vector<Record>& second, const std::vector<Record>& first);

inline constexpr const char* kReadAgainNote = "the pages were read again under the header their readings agree on";

}  // namespace occx
