#include "table/id_sequence.h"

#include <cctype>

namespace occx {

namespace {

// Share of neighbouring rows in ascending order for a document to count as ordered: each of
// OCR's misreads breaks a pair or two; a report listed in some other order breaks about half.
constexpr double kMinOrderedShare = 0.8;
// Fewest rows whose order can say anything.
constexpr size_t kMinRowsForOrder = 5;
// Most ids a warning names as what a misread id may be.
constexpr size_t kMaxNamedCandidates = 3;

bool canonical(const std::string& id) {
    return id.size() == 8 && id.compare(0, 3, "OCC") == 0 && std::isdigit(static_cast<unsigned char>(id[3])) &&
           std::isdigit(static_cast<unsigned char>(id[4])) && id[5] == '.' &&
           std::isdigit(static_cast<unsigned char>(id[6])) && std::isdigit(static_cast<unsigned char>(id[7]));
}

// Canonical ids ("OCC01.02") order as strings.
bool in_order(const std::string& a, const std::string& b) { return canonical(a) && canonical(b) && a < b; }

bool ordered(const std::vector<RowDraft>& rows) {
    if (rows.size() < kMinRowsForOrder) return false;
    size_t ascending = 0;
    for (size_t i = 1; i < rows.size(); ++i) ascending += in_order(rows[i - 1].id.id, rows[i].id.id);
    return double(ascending) >= kMinOrderedShare * double(rows.size() - 1);
}

std::string named(const std::vector<std::string>& ids) {
    std::string out;
    for (size_t i = 0; i < ids.size() && i < kMaxNamedCandidates; ++i)
        out += (i == 0 ? "" : i + 1 == ids.size() ? " or " : ", ") + ids[i];
    return ids.size() > kMaxNamedCandidates ? out + " or another" : out;
}

}  // namespace

std::vector<std::string> ids_in_order_between(const std::string& id, const std::string& after, const std::string& before,
                                              const std::map<std::string, int>& taken) {
    std::vector<std::string> fits;
    if (!canonical(id) || !in_order(after, before)) return fits;
    for (size_t pos : {3, 4, 6, 7})
        for (char d = '0'; d <= '9'; ++d) {
            if (d == id[pos]) continue;
            std::string c = id;
            c[pos] = d;
            if (after < c && c < before && !taken.count(c)) fits.push_back(c);
        }
    return fits;
}

std::map<std::string, std::string> repair_ids_out_of_order(std::vector<RowDraft>& rows, bool text_may_be_ocr) {
    std::map<std::string, std::string> repaired;
    if (!ordered(rows)) return repaired;
    std::map<std::string, int> taken;
    for (const auto& row : rows) ++taken[row.id.id];
    for (size_t i = 1; i + 1 < rows.size(); ++i) {
        RowDraft& row = rows[i];
        const std::string& after = rows[i - 1].id.id;
        const std::string& before = rows[i + 1].id.id;
        const bool may_be_misread = !row.ocr_pages.empty() || (text_may_be_ocr && !row.id.as_printed);
        if (!may_be_misread || !in_order(after, before) || (in_order(after, row.id.id) && in_order(row.id.id, before)))
            continue;
        const std::vector<std::string> fits = ids_in_order_between(row.id.id, after, before, taken);
        const std::string page = row.first_page() > 0 ? "page " + std::to_string(row.first_page()) + ": " : "";
        const std::string where = page + "measure id read as '" + row.id.id +
                                  "', out of order between " + after + " and " + before;
        if (fits.size() != 1) {
            row.warnings.push_back(where + (fits.empty() ? ": kept as read" : ": kept as read; it may be " + named(fits)));
            continue;
        }
        row.warnings.push_back(where + ": taken as " + fits.front() + ", the one id a changed digit puts in order");
        if (--taken[row.id.id] == 0) taken.erase(row.id.id);
        ++taken[fits.front()];
        repaired[row.id.id] = fits.front();
        row.id = MeasureId{fits.front(), fits.front().substr(0, 5)};
    }
    return repaired;
}

void rename_seen_ids(std::vector<SeenId>& seen, const std::map<std::string, std::string>& repaired) {
    for (auto& id : seen)
        if (auto it = repaired.find(id.id); it != repaired.end()) id.id = it->second;
}

}  // namespace occx
