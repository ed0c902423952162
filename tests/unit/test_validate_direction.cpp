// A measure's direction from its wording: titles (decisive wording, then what the title counts),
// the measure's titles in other reports, and its comments' statements of the target
// (validate/polarity.h, validate/direction.h). Titles are real ones from the seeds and samples,
// or built like them.
#include <catch2/catch.hpp>

#include "validate/direction.h"
#include "validate/polarity.h"
#include "validate_helpers.h"

using namespace occx;
using namespace vt;

namespace {

std::optional<Polarity> title(const std::string& t) { return title_polarity(t, repo_patterns()); }
std::optional<Polarity> counted(const std::string& t) { return counted_polarity(t, repo_patterns()); }
std::optional<Polarity> stated(const std::string& c) { return target_statement_polarity(c, repo_patterns()); }

Record commented(Record r, const std::string& comment) {
    r.comment = comment;
    return r;
}

// The direction of the first row of the given report (by position in the input).
Direction direction_of(const ValidationInput& in, size_t report, size_t row = 0) {
    ValidationContext ctx{in, repo_patterns()};
    DirectionFinder finder(ctx);
    return finder.of(in.reports.at(report).records.at(row), in.reports.at(report));
}

}  // namespace

TEST_CASE("title wording: outcomes reached and harms placed, as the seeds word them", "[validate]") {
    CHECK(title("% of people who received short-term services during 24/25 with no further support request") ==
          Polarity::higher);
    CHECK(title("% Section 42 safeguarding enquiries where identified risk was reduced or removed") == Polarity::higher);
    CHECK(title("% of safeguarding enquiries where the person's desired outcomes were met") == Polarity::higher);
    CHECK(title("Percentage of newly planted trees still alive on land OCC own & manage") == Polarity::higher);
    CHECK(title("% of people still at home 91 days after discharge into reablement") == Polarity::higher);
    CHECK(title("% of committee papers published on time") == Polarity::higher);
    CHECK(title("Resolve customer enq received through the telephony channels at the first point of contact") ==
          Polarity::higher);
    CHECK(title("Monitor the number of pupils at schools rated as good or outstanding by Ofsted") == Polarity::higher);
    CHECK(title("% reduction in CO2 emissions from the council's estate") == Polarity::higher);
    CHECK(title("% of children we care for placed out of county and more than 20 miles away from home") ==
          Polarity::lower);
    CHECK(title("Spend on home adaptations against budget") == Polarity::lower);
    CHECK(title("Adults aged 65+ (per 100,000) admitted to residential and care homes") == Polarity::lower);
}

TEST_CASE("title wording: admissions are a harm only when someone is admitted to somewhere", "[validate]") {
    CHECK_FALSE(title("Number of school admissions appeals completed in the month"));
    CHECK_FALSE(title("Income generated from school admissions appeals"));
    CHECK(title("Emergency admissions to hospital per 100,000") == Polarity::lower);
}

TEST_CASE("what a title counts: delivered output and use of a service, or a harm", "[validate]") {
    CHECK(counted("Number of early help assessments completed by health visitors") == Polarity::higher);
    CHECK(counted("Total number of electric vehicle charging points by end of March 2023") == Polarity::higher);
    CHECK(counted("Digital engagement with Heritage services (Museums Service and Oxfordshire History Centre)") ==
          Polarity::higher);
    CHECK(counted("Participation in innovation funding bids or new projects in support of Living Oxfordshire") ==
          Polarity::higher);
    CHECK(counted("Average annualised return achieved for externally managed funds") == Polarity::higher);
    CHECK(counted("135 km (3%) of the highway to be resurfaced") == Polarity::higher);
    CHECK(counted("Number of residents supported by care package reviews") == Polarity::higher);
    CHECK(counted("Number of complaints about blue badge applications") == Polarity::lower);
    CHECK(counted("Number of young people not in education, employment or training") == Polarity::lower);
    CHECK(counted("Tonnes of CO2 emitted by the council's own estate and fleet") == Polarity::lower);
    // Decisive wording in the title leaves the counted words out ("complaints" but "within").
    CHECK_FALSE(counted("% of Corporate Complaints (Stage 1) responded to within timescales"));
    // Both lists: nothing ("complaints", but closed ones).
    CHECK_FALSE(counted("Number of complaints (stage 1) closed"));
    // Nothing counted here says which way is better.
    CHECK_FALSE(counted("Average cash balance compared to forecast average cash balance"));
    CHECK_FALSE(counted("No of people supported with on-going care"));
    CHECK_FALSE(counted("Number of contacts into the MASH"));
}

TEST_CASE("a comment's statement of the target, sentence by sentence", "[validate]") {
    CHECK(stated("This target was set to reduce our numbers to statistical neighbours' average over the next two "
                 "years. However, it remains above target.") == Polarity::lower);
    CHECK(stated("Comment Use of non-DSG revenue grant funding, target is a at least 95% is spent by the year end.") ==
          Polarity::higher);
    CHECK(stated("27% higher than last year, but remains below target to increase to 5000 in the year.") ==
          Polarity::higher);
    CHECK(stated("Thne target is 1% variance. September performance is 1% overspend.") == Polarity::lower);
    CHECK(stated("Target is overspend no higher than £21.3m.") == Polarity::lower);
    CHECK(stated("The target is to breakeven or underspend.") == Polarity::lower);
    // Not a statement of the target's direction: about the figure against it.
    CHECK_FALSE(stated("Remains above target."));
    CHECK_FALSE(stated("The collection rate was 97% above the target of 95%."));
    // A negation says nothing; sentences that disagree say nothing.
    CHECK_FALSE(stated("The target is not to reduce the number of placements."));
    CHECK_FALSE(stated("The target was set to reduce demand. The new target is to increase capacity."));
    CHECK_FALSE(stated(""));
}

TEST_CASE("a title cut short in one report takes the wording of the measure's title in another", "[validate]") {
    auto in = reports_of({
        rec1("OCC04.02", "% of people still at home 91 days after discharge into reablement", "2024-07-31", "82",
             "80", "NA", "jul.pdf"),
        rec1("OCC04.02", "% of people", "2024-11-30", "70", "80", "GREEN", "nov.pdf"),
    });
    auto d = direction_of(in, 1);
    REQUIRE(d.kind == Direction::known);
    CHECK(d.source == DirectionSource::title);
    CHECK(*d.polarity == Polarity::higher);
    auto f = with_rule(run(in), "status-vs-numbers");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::error);
    CHECK(f[0].file == "nov.pdf");
    CHECK(mentions(f[0], "higher is better, by the wording of the measure's title in other reports"));
}

TEST_CASE("a comment that says which way the target points gives the direction", "[validate]") {
    const std::string t = "Number of Oxfordshire children we care for";
    auto in = reports_of({commented(rec1("OCC07.06", t, "2024-11-30", "820", "750", "GREEN"),
                                    "The target was set to reduce our numbers over the next two years.")});
    auto d = direction_of(in, 0);
    REQUIRE(d.kind == Direction::known);
    CHECK(d.source == DirectionSource::comment_target);
    CHECK(*d.polarity == Polarity::lower);
    auto f = with_rule(run(in), "status-vs-numbers");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::error);
    CHECK(mentions(f[0], "lower is better, by what its comment says of the target"));

    // The comment of the same measure in another report counts too.
    in = reports_of({commented(rec1("OCC07.06", t, "2024-07-31", "790", "750", "NA", "jul.pdf"),
                               "The target was set to reduce our numbers."),
                     rec1("OCC07.06", t, "2024-11-30", "820", "750", "GREEN", "nov.pdf")});
    d = direction_of(in, 1);
    REQUIRE(d.kind == Direction::known);
    CHECK(d.source == DirectionSource::comment_target);
}

TEST_CASE("title and comment that disagree decide nothing", "[validate]") {
    auto in = reports_of({commented(rec1("OCC01.06", "Total % of household waste which is reused, recycled or composted",
                                         "2024-11-30", "55", "60", "GREEN"),
                                    "The target was set to reduce the rate.")});
    CHECK(direction_of(in, 0).kind == Direction::unknown);
    auto f = with_rule(run(in), "status-vs-numbers");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::info);
}

TEST_CASE("what a title counts gives a direction only where no status says otherwise", "[validate]") {
    const std::string t = "Number of early help assessments completed by health visitors";
    // A lone status that agrees: known, and nothing to find.
    auto in = reports_of({rec1("OCC07.03", t, "2023-01-31", "80", "67", "GREEN")});
    auto d = direction_of(in, 0);
    REQUIRE(d.kind == Direction::known);
    CHECK(d.source == DirectionSource::counted);
    CHECK(*d.polarity == Polarity::higher);
    auto all = run(in);
    CHECK(with_rule(all, "status-vs-numbers").empty());
    auto cov = with_rule(all, "polarity-coverage");
    REQUIRE(cov.size() == 1);
    CHECK(mentions(cov[0], "direction known for 1 of 1 rated measures with figures (1 by what the title counts)"));

    // A lone status against it: the weak wording does not convict it, it is not known.
    in = reports_of({rec1("OCC07.03", t, "2023-01-31", "5", "67", "GREEN")});
    CHECK(direction_of(in, 0).kind == Direction::unknown);
    auto f = with_rule(run(in), "status-vs-numbers");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::info);

    // No status at all: known.
    in = reports_of({rec1("OCC07.03", t, "2022-07-31", "0", "67", nullptr)});
    CHECK(direction_of(in, 0).kind == Direction::known);
}

TEST_CASE("what a title counts does not break a tie of the measure's own statuses", "[validate]") {
    auto in = reports_of({rec("OCC02.03", "Digital engagement with Heritage services", "2023-01-31",
                              tri("76,796.00", "100,000.00", "RED"), tri("1,082,739.00", "1,117,000.00", "GREEN"))});
    CHECK(direction_of(in, 0).kind == Direction::split);
    auto f = with_rule(run(in), "status-vs-numbers");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::warning);
}

TEST_CASE("coverage names the new sources", "[validate]") {
    DirectionCoverage c;
    c.measures = 3;
    c.known = 2;
    c.by_source[direction_source_name(DirectionSource::comment_target)] = 1;
    c.by_source[direction_source_name(DirectionSource::counted)] = 1;
    CHECK(coverage_text(c) ==
          "direction known for 2 of 3 rated measures with figures (1 by the comment's target, 1 by what the title counts)");
}

TEST_CASE("a GREEN near its target is weak evidence, and a near miss is a warning", "[validate]") {
    const std::string t = "Number of library loans";  // no wording either way
    // Other reports: two REDs under target say higher is better by a clear margin; a GREEN 2%
    // under it, rated within a tolerance, would take that margin away.
    auto in = reports_of({rec1("OCC09.01", t, "2024-03-31", "900", "1000", "GREEN"),
                          rec1("OCC09.01", t, "2023-12-31", "400", "1000", "RED"),
                          rec1("OCC09.01", t, "2024-01-31", "500", "1000", "RED"),
                          rec1("OCC09.01", t, "2024-02-28", "980", "1000", "GREEN")});
    auto d = direction_of(in, 0);
    REQUIRE(d.kind == Direction::known);
    CHECK(*d.polarity == Polarity::higher);
    auto f = with_rule(run(in), "status-vs-numbers");
    // March's GREEN 10% under is an error; February's 2% under only a warning
    size_t errors = 0, warnings = 0;
    for (const auto& x : f) {
        errors += x.severity == Severity::error;
        warnings += x.severity == Severity::warning;
    }
    CHECK(errors == 1);
    CHECK(warnings == 1);

    // The row's own statuses alone: a near-miss GREEN still ties with a RED (nothing convicts either).
    in = reports_of({rec("OCC09.02", t, "2024-03-31", tri("500", "1000", "RED"), tri("4,900", "5,000", "GREEN"))});
    CHECK(direction_of(in, 0).kind == Direction::split);
}

TEST_CASE("direction coverage counts the rows a direction would judge", "[validate]") {
    const std::string t = "Number of contacts into the front door";
    auto in = reports_of({rec1("OCC07.01", t, "2024-03-31", "2,692", "1,516", "NA"),
                          rec1("OCC07.02", "Number of library loans", "2024-03-31", "5", "6", nullptr)});
    auto cov = with_rule(run(in), "polarity-coverage");
    REQUIRE(cov.size() == 1);
    CHECK(mentions(cov[0], "of 1 rated measures with figures"));  // the monitoring-only row is not one
}
