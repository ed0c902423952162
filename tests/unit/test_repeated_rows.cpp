// A measure printed twice: the same figures are a repeated page (one record), other figures
// are two rows as printed (two records, for validate's duplicate-measure rule).
#include <catch2/catch.hpp>

#include "text/record_builder.h"

using namespace occx;
using namespace occx::plain;

namespace {

RowCells row(const std::string& id, const std::string& actual, const std::string& comment) {
    RowCells r;
    r.id.id = id;
    r.cells["period.actual"] = actual;
    r.cells["period.target"] = "100";
    if (!comment.empty()) r.cells["comment"] = comment;
    return r;
}

}  // namespace

TEST_CASE("repeated rows: same figures merge, the most complete kept", "[text]") {
    auto out = merge_repeated_rows({row("OCC01.01", "120", ""), row("OCC02.01", "5", ""),
                                    row("OCC01.01", "120", "Ahead of plan.")});
    REQUIRE(out.size() == 2);
    CHECK(out[0].id.id == "OCC01.01");
    CHECK(out[0].cells.at("comment") == "Ahead of plan.");
}

TEST_CASE("repeated rows: a repeat cut short (no actual) still merges", "[text]") {
    RowCells partial = row("OCC01.01", "", "");
    partial.cells.erase("period.actual");
    CHECK(merge_repeated_rows({row("OCC01.01", "120", "x"), partial}).size() == 1);
}

TEST_CASE("repeated rows: other figures under the same id stay two rows", "[text]") {
    auto out = merge_repeated_rows({row("OCC01.01", "120", ""), row("OCC01.01", "60", ""),
                                    row("OCC01.01", "60", "again")});
    REQUIRE(out.size() == 2);
    CHECK(out[0].cells.at("period.actual") == "120");
    CHECK(out[1].cells.at("period.actual") == "60");
    CHECK(out[1].cells.at("comment") == "again");
}
