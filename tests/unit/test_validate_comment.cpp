// comment-vs-status and the direction evidence (validate/direction.h).
#include <catch2/catch.hpp>

#include "validate/direction.h"
#include "validate_helpers.h"

using namespace occx;
using namespace vt;

namespace {

Record commented(Record r, const std::string& comment) {
    r.comment = comment;
    return r;
}

Findings comment_findings(const std::vector<Record>& records) {
    return with_rule(run(reports_of(records)), "comment-vs-status");
}

const char* kRate = "% of invoices paid within 30 days";

}  // namespace

TEST_CASE("comment-vs-status: an explicit colour against the status is an error", "[validate]") {
    auto f = comment_findings({commented(rec1("OCC01.01", kRate, "2024-07-31", "97.00", "95.00", "GREEN"),
                                         "Invoices rose. This measure is currently reported as red.")});
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::error);
    CHECK(mentions(f[0], "reported as red"));
    CHECK(mentions(f[0], "GREEN"));
    // The same words beside RED say nothing wrong.
    CHECK(comment_findings({commented(rec1("OCC01.01", kRate, "2024-07-31", "90.00", "95.00", "RED"),
                                      "This measure is currently reported as red.")})
              .empty());
}

TEST_CASE("comment-vs-status: softer claims are warnings, negations turn them round", "[validate]") {
    auto f = comment_findings({commented(rec1("OCC01.01", kRate, "2024-07-31", "90.00", "95.00", "RED"),
                                         "Performance remains on target this month.")});
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::warning);
    // "not below target" beside GREEN agrees; "is not on target" beside GREEN does not.
    CHECK(comment_findings({commented(rec1("OCC01.01", kRate, "2024-07-31", "97.00", "95.00", "GREEN"),
                                      "The measure is not below target.")})
              .empty());
    CHECK(comment_findings({commented(rec1("OCC01.01", kRate, "2024-07-31", "97.00", "95.00", "GREEN"),
                                      "The measure is not on target.")})
              .size() == 1);
    // "no longer red" beside RED contradicts it; beside GREEN it agrees.
    CHECK(comment_findings({commented(rec1("OCC01.01", kRate, "2024-07-31", "90.00", "95.00", "RED"),
                                      "The status is no longer red.")})
              .size() == 1);
}

TEST_CASE("comment-vs-status: above/below need the direction; plans and other months are left alone", "[validate]") {
    // Lower is better by the wording ("abandoned"): "above target" is a miss, GREEN contradicts it.
    auto f = comment_findings({commented(rec1("OCC10.07", "% of calls abandoned", "2024-07-31", "8.00", "10.00", "GREEN"),
                                         "Performance is above target.")});
    CHECK(f.size() == 1);
    // No direction: nothing to say.
    CHECK(comment_findings({commented(rec1("OCC02.02", "Library members", "2024-07-31", "8.00", "10.00", "GREEN"),
                                      "Performance is above target.")})
              .empty());
    CHECK(comment_findings({commented(rec1("OCC01.01", kRate, "2024-07-31", "97.00", "95.00", "GREEN"),
                                      "We expect it to be reported as red next month. Last month it was behind plan.")})
              .empty());
    // A component's figure is not the measure: "32% below target" has no verb of its own.
    CHECK(comment_findings({commented(rec1("OCC01.01", kRate, "2024-07-31", "97.00", "95.00", "GREEN"),
                                      "Digital engagement 32% below target.")})
              .empty());
}

TEST_CASE("direction: history by a clear margin, then wording, then parallel titles", "[validate]") {
    // Stage 2 has no wording and one month; its sibling Stage 1 has months that say higher is better.
    const std::string s1 = "Number of complaints (stage 1) closed", s2 = "Number of complaints (stage 2) closed";
    std::vector<Record> rows = {
        rec1("OCC10.01", s1, "2024-05-31", "90.00", "80.00", "GREEN", "may.pdf"),
        rec1("OCC10.01", s1, "2024-06-30", "70.00", "80.00", "RED", "jun.pdf"),
        rec1("OCC10.02", s2, "2024-06-30", "70.00", "80.00", "GREEN", "jun.pdf"),
    };
    auto in = reports_of(rows);
    ValidationContext ctx{in, repo_patterns()};
    DirectionFinder finder(ctx);
    const ReportRecords& june = in.reports[1];
    auto d = finder.of(june.records[1], june);
    REQUIRE(d.kind == Direction::known);
    CHECK(d.source == DirectionSource::siblings);
    CHECK(*d.polarity == Polarity::higher);
    auto all = run(in);
    CHECK(count(all, "status-vs-numbers", Severity::error) == 1);  // Stage 2 GREEN at 70 vs 80
    CHECK(count(all, "polarity-coverage", Severity::info) == 2);
}

TEST_CASE("comment-vs-status: improving against target while the status worsened since last month", "[validate]") {
    std::vector<Record> rows = {
        rec1("OCC01.01", kRate, "2024-06-30", "96.00", "95.00", "GREEN", "jun.pdf"),
        commented(rec1("OCC01.01", kRate, "2024-07-31", "90.00", "95.00", "RED", "jul.pdf"),
                  "Performance is improving against target."),
    };
    auto f = comment_findings(rows);
    REQUIRE(f.size() == 1);
    CHECK(f[0].file == "jul.pdf");
    CHECK(mentions(f[0], "went from GREEN to RED"));
    rows[1].comment = "Performance is worsening against target.";
    CHECK(comment_findings(rows).empty());
}
