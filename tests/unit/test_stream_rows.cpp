// Stream text's rows become table rows (synthetic boxes) and go through the one record builder:
// paragraphs kept, a watermark over a value said, a repeated page merged.
#include <catch2/catch.hpp>

#include <map>

#include "pipeline/extract.h"
#include "table/row_record.h"
#include "text/page_furniture.h"
#include "text/stream_rows.h"
#include "test_helpers.h"

using namespace occx;
using namespace occx::plain;

namespace {

RowCells row(const std::string& id, const std::string& actual, const std::string& comment) {
    RowCells r;
    r.id = {id, id.substr(0, id.find('.'))};
    r.cells["measure"] = "Visits to libraries";
    r.cells["period_actual"] = actual;
    r.cells["period_target"] = "100";
    if (!comment.empty()) r.cells["comment"] = comment;
    return r;
}

std::vector<Record> records(const std::vector<RowCells>& rows) {
    std::vector<RowDraft> drafts;
    for (size_t i = 0; i < rows.size(); ++i) drafts.push_back(draft_from_cells(rows[i], i, repo_patterns()));
    const std::map<std::string, std::string> titles = {{"OCC01", "Climate"}};
    return records_from_rows(drafts, RowContext{repo_patterns(), {}, titles});
}

}  // namespace

TEST_CASE("stream rows: cells and paragraphs through the record builder", "[text][stream]") {
    auto out = records({row("OCC01.01", "120", "First paragraph.\nSecond one.")});
    REQUIRE(out.size() == 1);
    CHECK(out[0].title == "Visits to libraries");
    CHECK(out[0].priority_title == "Climate");
    REQUIRE(out[0].period.actual);
    CHECK(out[0].period.actual->raw == "120");
    CHECK(out[0].comment == "First paragraph.\nSecond one.");
    CHECK(out[0].confidence == Approx(1.0));
}

TEST_CASE("stream rows: a value hidden by the watermark is a warning, not a value", "[text][stream]") {
    auto out = records({row("OCC01.01", "COUN", "")});
    REQUIRE(out.size() == 1);
    CHECK_FALSE(out[0].period.actual);
    REQUIRE(out[0].warnings.size() == 1);
    CHECK(out[0].warnings[0].find("watermark") != std::string::npos);
    CHECK(out[0].confidence < 1.0);
}

TEST_CASE("stream rows: a repeated page merges, other figures stay two rows", "[text][stream]") {
    auto out = records({row("OCC01.01", "120", ""), row("OCC02.01", "5", ""), row("OCC01.01", "120", "Ahead.")});
    REQUIRE(out.size() == 2);
    CHECK(out[0].comment == "Ahead.");
    CHECK(records({row("OCC01.01", "120", ""), row("OCC01.01", "60", "")}).size() == 2);
}

TEST_CASE("page furniture: numbers and running lines at form feeds are blanked, values kept", "[text][stream]") {
    std::vector<std::string> lines = {"Report October", "OCC01.01 Visits", "35", "", "Council report footer", "1",
                                      "\fReport October", "34", "n/a", "Council report footer", "2",
                                      "\fReport October", "OCC02 - A priority", "n/a", "Council report footer", "3"};
    REQUIRE(blank_page_furniture(lines, repo_patterns()));
    CHECK(lines[0].empty());
    CHECK(lines[2] == "35");
    CHECK(lines[4].empty());
    CHECK(lines[5].empty());
    CHECK(lines[6].empty());  // the form feed went with it
    CHECK(lines[7] == "34");
    CHECK(lines[8] == "n/a");  // a value, however often it ends a page
    CHECK(lines[12] == "OCC02 - A priority");
    std::vector<std::string> unpaged = {"OCC01.01 Visits", "35"};
    CHECK_FALSE(blank_page_furniture(unpaged, repo_patterns()));
    CHECK(unpaged[1] == "35");
}

TEST_CASE("a '#' alone is a unit cell, not a markdown heading that ends the row", "[text][stream]") {
    const std::string text = "Status of Indicators 30/06/2023\nOCC01.04 Number of points\n\n"
                             "Kirsty Mwangi Cllr R Bellamy\n\n#\n\nSome comment text here.\n\n35 34\n"
                             "## A heading\nOCC01.05 Another measure\n";
    ExtractResult r = extract_stream_text(text, repo_patterns());
    REQUIRE(r.records.size() == 2);
    REQUIRE(r.records[0].period.actual);  // read after the '#'
    CHECK(r.records[0].period.actual->raw == "35");
    CHECK(r.records[1].title == "Another measure");
}
