#pragma once
// The priority banners of a document in reading order ("OCC02 - Tackle the climate emergency"),
// and what a row id that OCR misread stands for under the banner it is printed below.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/table_row.h"

namespace occx {

class BannerTrail {
public:
    // Banners are added page by page, top to bottom.
    void add(int page, double y, std::string priority_id);
    // The priority of the last banner printed above (page, y), else nullopt.
    std::optional<std::string> priority_at(int page, double y) const;
    // The highest priority number any banner names; 0 with no banners.
    int highest_priority() const;

private:
    struct Banner {
        int page;
        double y;
        std::string priority_id;
    };
    std::vector<Banner> banners_;
};

// A row id read from OCR whose priority lies beyond every priority the document's banners name,
// and the one after ("OCC62.07" in a report of OCC01 to OCC11), and is one digit from the banner
// the row is printed under: OCR misread a digit, and the banner says which priority it is. A
// priority within the banners' range stays as read, since a banner OCR lost leaves the trail
// behind.
std::optional<MeasureId> id_under_banner(const MeasureId& read, const std::string& banner_priority,
                                         int highest_priority);

// Sets right, once the whole document has been read, the rows whose ids id_under_banner
// repairs; each gets a warning. Returns the ids as read, mapped to the ids taken.
std::map<std::string, std::string> repair_ids_under_banners(std::vector<RowDraft>& rows, int highest_priority);

}  // namespace occx
