// Rules on one report's rows: values, comment-month, duplicate-measure.
#include <catch2/catch.hpp>

#include "validate_helpers.h"

using namespace occx;
using namespace vt;

TEST_CASE("malformed values are errors that quote the cell", "[validate]") {
    auto all = run(reports_of({rec("OCC11.03", "General balances", "2023-01-31",
                                   tri("£21,600,000", "£28,900,000", "RED"),
                                   tri("£292,000,00", "£289,000,00", "GREEN"))}));
    auto f = with_rule(all, "malformed-value");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::error);
    CHECK(mentions(f[0], "YTD actual '£292,000,00'"));
    CHECK(mentions(f[0], "YTD target '£289,000,00'"));
}

TEST_CASE("a status with no numbers is a warning", "[validate]") {
    auto f = with_rule(run(reports_of({rec("OCC11.03", "General balances", "2024-11-30",
                                           tri("136.00", "85.00", "GREEN"), tri(nullptr, "85.00", "GREEN"))})),
                       "status-without-numbers");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::warning);
    CHECK(mentions(f[0], "GREEN but the YTD actual is empty"));
}

TEST_CASE("numbers with no status are a warning only where the report has a status column", "[validate]") {
    std::vector<Record> rows = {
        rec1("OCC01.02", "Streetlights fitted with LED lanterns", "2023-01-31", "1,247", "950", "GREEN"),
        rec1("OCC02.02", "Active borrowers", "2023-01-31", "66,677", "65,000", "GREEN"),
        rec1("OCC01.09", "Household waste recycled", "2023-01-31", "57.95%", "62.00%", nullptr),
    };
    auto f = with_rule(run(reports_of(rows)), "numbers-without-status");
    REQUIRE(f.size() == 1);
    CHECK(f[0].measure_id == "OCC01.09");
    CHECK(mentions(f[0], "period actual 57.95%"));

    for (auto& r : rows) r.period.status = r.ytd.status = std::nullopt;  // a layout with no statuses
    CHECK(with_rule(run(reports_of(rows)), "numbers-without-status").empty());
}

TEST_CASE("negative counts and shares over 100% are implausible", "[validate]") {
    auto all = run(reports_of({
        rec("OCC07.05", "No of children we care for who are Unaccompanied Asylum Seeking Children", "2023-01-31",
            tri("-3.00", nullptr, "NA"), tri("105.00", nullptr, "NA")),
        rec("OCC10.01", "% of Adult Social Care complaints responded to within statutory timescales",
            "2024-07-31", tri("100.00", "80.00", nullptr), tri("300.00", "320.00", nullptr)),
        rec1("OCC11.03", "General balances are forecast to remain at or above the risk assessed level",
             "2024-11-30", "136.00%", "85.00%", "GREEN"),
        rec1("OCC11.01", "Overall forecast revenue variance", "2024-11-30", "(-1.4)", "0.00", "GREEN"),
    }));
    auto f = with_rule(all, "implausible-value");
    REQUIRE(f.size() == 3);
    CHECK(f[0].measure_id == "OCC07.05");
    CHECK(mentions(f[0], "period actual -3.00 is negative for a count"));
    CHECK(f[1].measure_id == "OCC10.01");
    CHECK(mentions(f[1], "YTD actual 300.00 is over 100%"));
    CHECK(mentions(f[2], "YTD target 320.00"));
}

namespace {

Findings month_findings(const std::string& comment, const std::string& period_end = "2024-11-30") {
    Record r = rec1("OCC01.02", "Streetlights", period_end, "253", "119", "GREEN");
    r.comment = comment;
    return with_rule(run(reports_of({r})), "comment-month");
}

}  // namespace

TEST_CASE("a comment that names another month as the current one is a warning", "[validate]") {
    auto f = month_findings("The number of lanterns installed during the month of October 2024 is 238.");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::warning);
    CHECK(mentions(f[0], "'during the month of October 2024'"));
    CHECK(mentions(f[0], "2024-11-30"));
    CHECK(month_findings("Calls answered during the month of October rose by 5%.").size() == 1);
    CHECK(month_findings("In December, 30 complaints were received.", "2023-01-31").size() == 1);
    CHECK(month_findings("Figures this month (October) rose.").size() == 1);
    CHECK(month_findings("Comment. For July performance is above target at 95.81%.").size() == 1);
    CHECK(month_findings("The target is to break even. September position is -0.2%").size() == 1);
    CHECK(month_findings("In October, the number of calls answered fell.").size() == 1);
    CHECK(month_findings("-As of 30th of October 214 km has been treated").size() == 1);
}

TEST_CASE("comments that mention other months legitimately are left alone", "[validate]") {
    CHECK(month_findings("The number of lanterns installed during the month of November 2024 is 238.").empty());
    CHECK(month_findings("In November the number of calls answered decreased by 748 compared to October.").empty());
    CHECK(month_findings("There is no clear explanation for the increase in October.").empty());
    CHECK(month_findings("Almost all programmes are scheduled during April-October.").empty());
    CHECK(month_findings("A planned focus on MECC during May and June helped.").empty());
    CHECK(month_findings("In May 2024 Defra announced the timescales.").empty());
    CHECK(month_findings("In June 22, we undertook a review of the MASH.", "2023-01-31").empty());
    CHECK(month_findings("In this period, we measured invoices issued in August 2024.").empty());
    CHECK(month_findings("In Oxfordshire, the rate is lower.").empty());
}

TEST_CASE("the same measure twice with different figures is an error; identical is info", "[validate]") {
    const std::string t = "Streetlights fitted with LED lanterns";
    auto differ = with_rule(run(reports_of({rec1("OCC01.02", t, "2024-11-30", "253.00", "119.00", "GREEN"),
                                            rec1("OCC01.02", t, "2024-11-30", "235.00", "119.00", "GREEN")})),
                            "duplicate-measure");
    REQUIRE(differ.size() == 1);
    CHECK(differ[0].severity == Severity::error);
    CHECK(mentions(differ[0], "period actual 253.00 vs 235.00"));

    auto same = with_rule(run(reports_of({rec1("OCC01.02", t, "2024-11-30", "253.00", "119.00", "GREEN"),
                                          rec1("OCC01.02", t, "2024-11-30", "253.00", "119.00", "GREEN")})),
                          "duplicate-measure");
    REQUIRE(same.size() == 1);
    CHECK(same[0].severity == Severity::info);

    auto apart = with_rule(run(reports_of({rec1("OCC01.02", t, "2024-10-31", "253.00", "119.00", "GREEN", "oct.pdf"),
                                           rec1("OCC01.02", t, "2024-11-30", "235.00", "119.00", "GREEN", "nov.pdf")})),
                           "duplicate-measure");
    CHECK(apart.empty());
}
