// Rules across months: ytd-sum, ytd-falls, target-changed.
#include <catch2/catch.hpp>

#include "validate_helpers.h"

using namespace occx;
using namespace vt;

namespace {

const std::string kLed = "Total No. of streetlights fitted with LED Lanterns";

Record month(const std::string& end, const char* period, const char* ytd, const char* ytd_target = "100") {
    return rec("OCC01.02", kLed, end, tri(period, "20", "GREEN"), tri(ytd, ytd_target, "GREEN"), end + ".pdf");
}

// April to July of a cumulative measure whose YTD adds up.
std::vector<Record> clean_year() {
    return {month("2024-04-30", "30", "30", "20"), month("2024-05-31", "25", "55", "40"),
            month("2024-06-30", "40", "95", "60"), month("2024-07-31", "35", "130", "80")};
}

}  // namespace

TEST_CASE("a cumulative measure whose YTD adds up gives no finding", "[validate]") {
    auto all = run(reports_of(clean_year()));
    CHECK(with_rule(all, "ytd-sum").empty());
    CHECK(with_rule(all, "ytd-falls").empty());
    CHECK(with_rule(all, "target-changed").empty());
}

TEST_CASE("a YTD that is not previous YTD plus the period is an error", "[validate]") {
    auto rows = clean_year();
    rows.push_back(month("2024-08-31", "20", "170", "100"));  // 130 + 20 = 150
    auto f = with_rule(run(reports_of(rows)), "ytd-sum");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::error);
    CHECK(f[0].file == "2024-08-31.pdf");
    CHECK(mentions(f[0], "YTD actual 170 is not previous YTD 130 (2024-07) + period 20 = 150.00"));
}

TEST_CASE("a cumulative YTD that falls within the year is an error", "[validate]") {
    auto rows = clean_year();
    rows.push_back(month("2024-08-31", "20", "120", "100"));
    auto f = with_rule(run(reports_of(rows)), "ytd-falls");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::error);
    CHECK(mentions(f[0], "YTD actual fell from 130 (2024-07) to 120 (2024-08)"));
}

TEST_CASE("a new financial year starts the YTD again", "[validate]") {
    std::vector<Record> rows = {month("2024-02-29", "30", "900", "1000"), month("2024-03-31", "30", "930", "1100"),
                                month("2024-04-30", "30", "30", "20"), month("2024-05-31", "25", "55", "40")};
    auto all = run(reports_of(rows));
    CHECK(with_rule(all, "ytd-falls").empty());
    CHECK(with_rule(all, "target-changed").empty());
}

TEST_CASE("a YTD that looked cumulative and then falls is a warning without more months", "[validate]") {
    auto f = with_rule(run(reports_of({month("2024-07-31", "7,029", "30,028"), month("2024-11-30", "7,858", "7,858")})),
                       "ytd-falls");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::warning);
    CHECK(mentions(f[0], "fell from 30,028 (2024-07) to 7,858 (2024-11)"));
}

TEST_CASE("a snapshot measure's YTD target that changes mid-year is a warning", "[validate]") {
    const std::string t = "% of agreed invoices paid within 30 days";
    auto snap = [&](const std::string& end, const char* target) {
        return rec1("OCC11.08", t, end, "95.5", target, "GREEN", end + ".pdf");
    };
    auto f = with_rule(run(reports_of({snap("2024-06-30", "95.00"), snap("2024-07-31", "90.00")})), "target-changed");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::warning);
    CHECK(mentions(f[0], "YTD target changed from 95.00 (2024-06) to 90.00 (2024-07)"));
    CHECK(with_rule(run(reports_of({snap("2024-06-30", "95.00"), snap("2024-07-31", "95.00")})), "target-changed").empty());
}

TEST_CASE("a period target that breaks the year's constant pattern is a warning", "[validate]") {
    auto rows = clean_year();
    rows.push_back(rec("OCC01.02", kLed, "2024-08-31", tri("20", "35", "GREEN"), tri("150", "100", "GREEN"),
                       "2024-08-31.pdf"));
    auto f = with_rule(run(reports_of(rows)), "target-changed");
    REQUIRE(f.size() == 1);
    CHECK(mentions(f[0], "period target 35 (2024-08) differs from the 20 of every earlier month"));
}
