// Cabinet covering reports: their own sums (cabinet-counts) and against the annex (cabinet-vs-annex).
#include <catch2/catch.hpp>

#include "validate_helpers.h"

using namespace occx;
using namespace vt;

namespace {

RagCounts counts(const std::string& row, int g, int a, int r, int mon, int total) {
    RagCounts c;
    c.row = row;
    c.green = g, c.amber = a, c.red = r, c.monitoring_only = mon, c.total = total;
    return c;
}

// November's annex: 2 GREEN, 1 AMBER, 1 RED, 1 NA outside finance, and one RED finance row.
std::vector<Record> november_annex() {
    return {rec1("OCC01.02", "Streetlights", "2024-11-30", "253", "119", "GREEN"),
            rec1("OCC02.03", "Library visits", "2024-11-30", "174,938", "110,000", "GREEN"),
            rec1("OCC01.07", "Household waste recycled", "2024-11-30", "56.43", "61.50", "AMBER"),
            rec1("OCC10.02", "Complaints within timescales", "2024-11-30", "0.00", "80.00", "RED"),
            rec1("OCC07.06", "Children we care for", "2024-11-30", "693", nullptr, "NA"),
            rec1("OCC11.02", "Achievement of planned savings", "2024-11-30", "71.00", "90.00", "RED")};
}

std::vector<Record> october_annex() {
    auto rows = november_annex();
    for (auto& r : rows) {
        r.report.period_end = "2024-10-31";
        r.source.file = "annex-oct.pdf";
    }
    rows[0].period.status = rows[0].ytd.status = "RED";  // OCC01.02 went from RED to GREEN
    return rows;
}

CabinetReport november_cabinet() {
    CabinetReport c;
    c.report.period_end = "2024-11-30";
    c.source.file = "cabinet.pdf";
    c.rag_summary = {counts("Monthly", 2, 1, 1, 1, 5), counts("Total", 2, 1, 1, 1, 5)};
    c.monthly_comparison = {counts("November 2024", 2, 1, 2, 1, 6)};
    c.red_list = {{"OCC10.02", std::nullopt}, {"OCC11.02", std::nullopt}};
    c.status_changes = {{"RED", "GREEN", {"OCC01.02", std::nullopt}}};
    c.exceptions = {{"OCC01", {"OCC01.07", std::nullopt}, "AMBER", "AMBER", std::nullopt},
                    {"OCC10", {"OCC10.02", std::nullopt}, "RED", "RED", std::nullopt},
                    {"OCC11", {"OCC11.02", std::nullopt}, "RED", "RED", std::nullopt}};
    return c;
}

Findings cabinet_findings(const CabinetReport& c, bool with_previous = true) {
    auto rows = november_annex();
    if (with_previous)
        for (auto& r : october_annex()) rows.push_back(r);
    ValidationInput in = reports_of(rows);
    in.cabinets.push_back(c);
    Findings out;
    for (const auto& f : run(in))
        if (f.file == "cabinet.pdf") out.push_back(f);
    return out;
}

}  // namespace

TEST_CASE("a Cabinet report that agrees with its annex gives no finding", "[validate]") {
    CHECK(cabinet_findings(november_cabinet()).empty());
}

TEST_CASE("Cabinet rows that do not add up are errors", "[validate]") {
    auto c = november_cabinet();
    c.rag_summary[0].total = 6;
    c.monthly_comparison[0].total = 7;
    auto f = with_rule(cabinet_findings(c), "cabinet-counts");
    REQUIRE(f.size() == 3);
    CHECK(mentions(f[0], "Table 1 row 'Monthly': 2 + 1 + 1 + 1 = 5 but its total says 6"));
    CHECK(mentions(f[1], "Table 2 row 'November 2024': 2 + 1 + 2 + 1 = 6 but its total says 7"));
    CHECK(mentions(f[2], "Table 1 'Total' row counts 5 Total but its other rows add up to 6"));
}

TEST_CASE("Table 1 counts that disagree with the annex are errors naming the measures", "[validate]") {
    auto c = november_cabinet();
    c.rag_summary = {counts("Total", 2, 2, 0, 1, 5)};
    auto f = with_rule(cabinet_findings(c), "cabinet-vs-annex");
    REQUIRE(f.size() == 2);
    CHECK(f[0].severity == Severity::error);
    CHECK(mentions(f[0], "counts 2 Amber but the annex annex.pdf has 1 AMBER measures"));
    CHECK(mentions(f[1], "counts 0 Red but the annex annex.pdf has 1 RED measures"));
    CHECK(mentions(f[1], "OCC10.02"));
}

TEST_CASE("the Red list must match the annex's Reds", "[validate]") {
    auto c = november_cabinet();
    c.red_list = {{"OCC01.07", std::nullopt}, {"OCC11.02", std::nullopt}};
    auto f = with_rule(cabinet_findings(c), "cabinet-vs-annex");
    REQUIRE(f.size() == 2);
    CHECK(f[0].measure_id == "OCC01.07");
    CHECK(f[0].severity == Severity::error);
    CHECK(mentions(f[0], "the Red list names it but the annex shows it AMBER (actual 56.43 vs target 61.50)"));
    CHECK(f[1].measure_id == "OCC10.02");
    CHECK(mentions(f[1], "Red list leaves it out"));
}

TEST_CASE("status changes and exceptions are checked against this and last month's annex", "[validate]") {
    auto c = november_cabinet();
    c.status_changes = {{"AMBER", "GREEN", {"OCC01.02", std::nullopt}}};
    c.exceptions[0].current_status = "RED";
    auto f = with_rule(cabinet_findings(c), "cabinet-vs-annex");
    REQUIRE(f.size() == 2);
    CHECK(f[0].measure_id == "OCC01.02");
    CHECK(mentions(f[0], "says AMBER but the annex annex-oct.pdf shows RED"));
    CHECK(f[1].measure_id == "OCC01.07");
    CHECK(mentions(f[1], "current status says RED but the annex annex.pdf shows AMBER"));

    c = november_cabinet();
    c.status_changes.clear();
    f = with_rule(cabinet_findings(c), "cabinet-vs-annex");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::warning);
    CHECK(mentions(f[0], "went from RED (annex-oct.pdf) to GREEN"));
}

TEST_CASE("a Cabinet report without its annex is noted, and still checked for its own sums", "[validate]") {
    ValidationInput in;
    auto c = november_cabinet();
    c.rag_summary[1].green = 3;
    in.cabinets.push_back(c);
    auto all = run(in);
    CHECK(count(all, "cabinet-vs-annex", Severity::info) == 1);
    CHECK(count(all, "cabinet-counts", Severity::error) == 2);  // Total row: sum 6 vs 5; Green 3 vs 2
}
