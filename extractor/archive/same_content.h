#pragma once
// Whether two extractions hold the same report: a PDF and a converter's text of it differ in
// bytes (and so in SHA-256) but not in what they say. They agree when they hold the same
// measures with the same figures and statuses; titles and comments may be worded apart.
#include <string>
#include <vector>

#include "model/record.h"

namespace occx {

// A canonical text of the records' measures, figures and statuses, in measure order.
std::string content_fingerprint(const std::vector<Record>& records);

}  // namespace occx
