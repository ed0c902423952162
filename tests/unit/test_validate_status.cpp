// status-vs-numbers: each case a report that breaks the rule and one that keeps it.
#include <catch2/catch.hpp>

#include "validate_helpers.h"

using namespace occx;
using namespace vt;

namespace {
const std::string kAdmissions = "Adults aged 65+ (per 100,000) admitted to residential and care homes";
const std::string kVisits = "Number of physical visits to Libraries";
}  // namespace

TEST_CASE("GREEN while missing a lower-is-better target is an error quoting the numbers", "[validate]") {
    auto f = with_rule(run(reports_of({rec1("OCC04.05", kAdmissions, "2024-11-30", "327.10", "283.80", "GREEN")})),
                       "status-vs-numbers");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::error);
    CHECK(f[0].measure_id == "OCC04.05");
    CHECK(f[0].file == "annex.pdf");
    CHECK(f[0].pages == std::vector<int>{4});
    CHECK(mentions(f[0], "GREEN but period and YTD actual 327.10 misses target 283.80"));
    CHECK(mentions(f[0], "lower is better"));
    CHECK(finding_to_text(f[0]).rfind("annex.pdf:4: error status-vs-numbers OCC04.05: GREEN", 0) == 0);
}

TEST_CASE("statuses that agree with their numbers give no finding", "[validate]") {
    auto all = run(reports_of({rec1("OCC04.05", kAdmissions, "2024-11-30", "327.10", "283.80", "AMBER"),
                               rec1("OCC04.04", kAdmissions, "2024-11-30", "327.10", "437.70", "GREEN")}));
    CHECK(with_rule(all, "status-vs-numbers").empty());
}

TEST_CASE("polarity comes from the measure's other months when the title says nothing", "[validate]") {
    std::vector<Record> rows = {
        rec1("OCC02.03", kVisits, "2024-05-31", "120", "100", "GREEN", "may.pdf"),
        rec1("OCC02.03", kVisits, "2024-06-30", "80", "100", "RED", "jun.pdf"),
        rec1("OCC02.03", kVisits, "2024-07-31", "90", "100", "GREEN", "jul.pdf"),
    };
    auto f = with_rule(run(reports_of(rows)), "status-vs-numbers");
    REQUIRE(f.size() == 1);
    CHECK(f[0].file == "jul.pdf");
    CHECK(f[0].severity == Severity::error);
    CHECK(mentions(f[0], "GREEN but period and YTD actual 90 misses target 100"));
    CHECK(mentions(f[0], "higher is better, as 2 of 2 of the measure's statuses in other reports imply"));

    rows[2] = rec1("OCC02.03", kVisits, "2024-07-31", "110", "100", "GREEN", "jul.pdf");
    CHECK(with_rule(run(reports_of(rows)), "status-vs-numbers").empty());
}

TEST_CASE("a measure renumbered with another title is not evidence", "[validate]") {
    auto f = with_rule(run(reports_of({
                           rec1("OCC04.04", "% of residents under 65 who manage their care via direct payment",
                                "2023-01-31", "38", "40", "RED", "jan.pdf"),
                           rec1("OCC04.04", "Care home placements made", "2024-11-30", "30", "40", "GREEN", "nov.pdf"),
                       })),
                       "status-vs-numbers");
    REQUIRE(f.size() == 2);  // each row stands alone: polarity unknown, said as info
    CHECK(f[0].severity == Severity::info);
    CHECK(f[1].severity == Severity::info);
}

TEST_CASE("unknown polarity is said, not guessed", "[validate]") {
    auto f = with_rule(run(reports_of({rec1("OCC02.03", kVisits, "2024-11-30", "90", "100", "GREEN")})),
                       "status-vs-numbers");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::info);
    CHECK(mentions(f[0], "cannot tell whether higher or lower is better"));
    CHECK(mentions(f[0], "90"));
}

TEST_CASE("period and YTD statuses implying opposite polarities are a warning", "[validate]") {
    auto f = with_rule(run(reports_of({rec("OCC02.02", "No of active borrowers", "2023-01-31",
                                           tri("66,677.00", "65,000.00", "GREEN"),
                                           tri("622,971.00", "624,000.00", "GREEN"))})),
                       "status-vs-numbers");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::warning);
    CHECK(mentions(f[0], "622,971.00 vs 624,000.00"));
}

TEST_CASE("RED or AMBER at exactly the target meets it either way", "[validate]") {
    auto f = with_rule(run(reports_of({rec("OCC11.07", "Use of non-DSG revenue grant funding", "2024-11-30",
                                           tri("95.00", "95.00", "RED"), tri("96.00", "95.00", "GREEN"))})),
                       "status-vs-numbers");
    REQUIRE_FALSE(f.empty());
    CHECK(f[0].severity == Severity::error);
    CHECK(mentions(f[0], "RED but period actual 95.00 equals its target 95.00"));
}

TEST_CASE("NA, NR and words are not checked against numbers", "[validate]") {
    auto all = run(reports_of({
        rec1("OCC07.06", "Number of Oxfordshire children we care for", "2024-11-30", "693.00", "600", "NA"),
        rec1("OCC07.08", "Publication of strategy", "2024-11-30", "n/r", "n/r", "NR"),
        rec1("OCC05.07", "Measure of Bus Patronage", "2024-11-30", "Slightly behind schedule",
             "Delivering to plan", "AMBER"),
    }));
    CHECK(with_rule(all, "status-vs-numbers").empty());
}

// Two other months out-vote the wording: each row is judged by them (and agrees), with a note.
TEST_CASE("title wording that the statuses overrule is reported as info", "[validate]") {
    std::vector<Record> rows;
    for (const char* end : {"2024-05-31", "2024-06-30", "2024-07-31"})
        rows.push_back(rec1("OCC10.13", "Percentage of calls abandoned", end, "95", "90", "GREEN",
                            std::string(end) + ".pdf"));
    auto f = with_rule(run(reports_of(rows)), "status-vs-numbers");
    REQUIRE(f.size() == 3);
    for (const auto& x : f) {
        CHECK(x.severity == Severity::info);
        CHECK(mentions(x, "title wording says lower is better"));
    }
}

TEST_CASE("history is evidence for polarity but is never reported on", "[validate]") {
    ValidationInput in = reports_of({rec1("OCC02.03", kVisits, "2024-07-31", "90", "100", "GREEN", "jul.pdf")});
    for (const char* end : {"2024-05-31", "2024-06-30"}) {
        Record r = rec1("OCC02.03", kVisits, end, "80", "100", "RED", "archive");
        r.period.actual = cell("£1,00,0");  // a flaw in the history: not this validation's business
        in.history.push_back({"archive", std::string(end), {r}});
    }
    auto all = run(in);
    for (const auto& f : all) CHECK(f.file == "jul.pdf");
    auto f = with_rule(all, "status-vs-numbers");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::error);
    CHECK(mentions(f[0], "higher is better, as 2 of 2 of the measure's statuses in other reports imply"));
}
