#pragma once
// A measure row while it is being gathered, possibly over a page break.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/document.h"
#include "normalize/fields.h"

namespace occx {

// A word that has been placed in a cell; it outlives its page.
struct Fragment {
    std::string text;
    Box box;
    int page = 0;
    double confidence = 1;
};

struct RowDraft {
    MeasureId id;
    std::map<std::string, std::vector<Fragment>> cells;  // column key → its words
    std::vector<Fragment> comment_block;  // a scorecard's "Comments :" lines
    std::map<int, Box> extent;            // page → the row's area on it
    std::map<std::string, std::string> colour_status;  // status key → GREEN/AMBER/RED
    std::map<std::string, std::string> status_notes;    // status key → a doubt about its drawing
    std::set<int> ocr_pages;
    std::vector<std::string> warnings;
    bool has_comment_column = false;
    std::vector<std::string> status_keys;  // the layout's status columns

    void add(const std::string& key, Fragment f);
    void touch(int page, const Box& b);
};

}  // namespace occx
