#pragma once
// The table model every input reaches: a measure row's cells, each a list of the words placed in
// it with the page and box they were printed at. PDFs, OCR and layout text give real boxes; stream
// text (text/stream_rows.h) gives synthetic ones from its line order. table/row_record.h turns
// rows into records.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/document.h"
#include "model/drawing.h"

namespace occx {

struct MeasureId {
    std::string id;           // OCC01.02
    std::string priority_id;  // OCC01
    bool as_printed = true;   // false where its text needed OCR's repairs ("0CCO6.02", "OCC 10.04")
};

// A word (or a line of words) that has been placed in a cell; it outlives its page.
struct Fragment {
    std::string text;
    Box box;
    int page = 0;
    double confidence = 1;
};

struct RowDraft {
    MeasureId id;
    std::map<std::string, std::vector<Fragment>> cells;  // column key (patterns/table.re2) → its words
    std::vector<Fragment> comment_block;  // a scorecard's "Comments :" lines
    std::map<int, Box> extent;            // page → the row's area on it
    std::map<std::string, std::string> colour_status;  // status key → GREEN/AMBER/RED
    std::map<std::string, std::string> status_notes;    // status key → a doubt about its drawing
    std::map<std::string, Rgb> status_paint;            // status key → the paint its colour status came from
    std::set<int> ocr_pages;
    std::optional<std::string> banner;  // an OCR'd row's priority banner above it (table/banner_trail.h)
    std::vector<std::string> warnings;
    // (page, an unrecognised column's label) → the words printed under it: told once per cell
    std::map<std::pair<int, std::string>, std::vector<Fragment>> unplaced;
    bool has_comment_column = false;
    bool has_unit_column = false;  // the row's header names a unit column
    std::vector<std::string> status_keys;  // the layout's status columns
    bool under_header = false;             // the row was read under a table header (not stream text)

    void add(const std::string& key, Fragment f);
    const std::vector<Fragment>* cell(const std::string& key) const;  // its words; nullptr where the row has no such cell
    void touch(int page, const Box& b);
    int first_page() const { return extent.empty() ? 0 : extent.begin()->first; }  // 0 before any page
};

}  // namespace occx
