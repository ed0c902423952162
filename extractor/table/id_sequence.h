#pragma once
// Reports list their measures in order: OCC01.02 before OCC01.05, OCC01 before OCC02. An OCR'd
// row whose id breaks that order where its neighbours keep it had a digit misread ("OCC03.67"
// between OCC03.04 and OCC03.10, "OCC88.02" after OCC08.01): the order says which id it is when
// only one digit changed fits.
#include <map>
#include <string>
#include <vector>

#include "model/extraction.h"
#include "model/table_row.h"

namespace occx {

// The ids one changed digit of `id` ("OCC03.67") makes that lie strictly between `after` and
// `before` and that no other row holds (`taken`).
std::vector<std::string> ids_in_order_between(const std::string& id, const std::string& after, const std::string& before,
                                              const std::map<std::string, int>& taken);

// Sets right, once the whole document has been read, the OCR'd rows whose ids break the order
// their neighbours keep and that one changed digit puts in it; rows where several ids fit, or
// none, keep their id with a warning naming what fits. Nothing changes in a document whose ids
// are not in order to begin with. Returns the ids as read, mapped to the ids taken.
// text_may_be_ocr: the rows come from a text input, which does not say whether OCR made it (an
// OCRmyPDF sidecar): a row whose id needed OCR's repairs may hold a misread digit too. Else only
// rows read from OCR'd pages may.
std::map<std::string, std::string> repair_ids_out_of_order(std::vector<RowDraft>& rows, bool text_may_be_ocr = false);

// The seen ids (DocumentSummary::seen_ids) under the ids that repairs took for them.
void rename_seen_ids(std::vector<SeenId>& seen, const std::map<std::string, std::string>& repaired);

}  // namespace occx
