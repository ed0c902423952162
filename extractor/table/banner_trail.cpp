#include "table/banner_trail.h"

#include <algorithm>
#include <cstdlib>

namespace occx {

void BannerTrail::add(int page, double y, std::string priority_id) {
    banners_.push_back({page, y, std::move(priority_id)});
}

std::optional<std::string> BannerTrail::priority_at(int page, double y) const {
    for (auto it = banners_.rbegin(); it != banners_.rend(); ++it)
        if (it->page < page || (it->page == page && it->y < y)) return it->priority_id;
    return std::nullopt;
}

namespace {

int priority_number(const std::string& priority_id) { return std::atoi(priority_id.c_str() + 3); }  // "OCC"

// "OCC02" and "OCC62": the same priority but for one digit OCR misread (0 as 6, 8 or 5).
bool one_digit_apart(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    int differ = 0;
    for (size_t i = 0; i < a.size(); ++i) differ += a[i] != b[i];
    return differ == 1;
}

// Priorities are numbered in turn, and OCR may lose the last one's banner: the priority after
// the highest a banner names is still a priority the document may have.
constexpr int kUnnamedPrioritiesAfterLast = 1;

}  // namespace

int BannerTrail::highest_priority() const {
    int highest = 0;
    for (const auto& b : banners_) highest = std::max(highest, priority_number(b.priority_id));
    return highest;
}

std::optional<MeasureId> id_under_banner(const MeasureId& read, const std::string& banner_priority,
                                         int highest_priority) {
    if (priority_number(read.priority_id) <= highest_priority + kUnnamedPrioritiesAfterLast ||
        !one_digit_apart(read.priority_id, banner_priority))
        return std::nullopt;
    return MeasureId{banner_priority + read.id.substr(read.priority_id.size()), banner_priority};
}

std::map<std::string, std::string> repair_ids_under_banners(std::vector<RowDraft>& rows, int highest_priority) {
    std::map<std::string, std::string> taken;
    for (auto& row : rows) {
        if (!row.banner) continue;
        auto fixed = id_under_banner(row.id, *row.banner, highest_priority);
        if (!fixed) continue;
        row.warnings.push_back("page " + std::to_string(row.first_page()) + ": measure id read as '" + row.id.id +
                               "', a priority no banner names, under priority " + fixed->priority_id +
                               "'s banner: taken as " + fixed->id);
        taken[row.id.id] = fixed->id;
        row.id = *fixed;
    }
    return taken;
}

}  // namespace occx
