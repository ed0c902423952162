// Stream text's rows become table rows (synthetic boxes) and go through the one record builder:
// paragraphs kept, a watermark over a value said, a repeated page merged.
#include <catch2/catch.hpp>

#include "table/row_record.h"
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
