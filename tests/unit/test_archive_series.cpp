// History series: one measure id, split where its title changes materially.
#include <catch2/catch.hpp>

#include "archive/series.h"
#include "test_archive_support.h"
#include "test_helpers.h"

using namespace occx;

namespace {

StoredObservation observed(const std::string& period_end, const std::optional<std::string>& title) {
    StoredObservation o;
    o.record.measure_id = "OCC02.03";
    o.record.title = title;
    o.period_end = period_end;
    o.revision = 1;
    return o;
}

}  // namespace

TEST_CASE("title tokens drop case, stop words and a trailing date qualifier", "[archive][series]") {
    TitleComparer titles(repo_patterns());
    CHECK(titles.tokens("Number of physical visits to Libraries") ==
          std::set<std::string>{"number", "physical", "visits", "libraries"});
    CHECK(titles.tokens("Reduce carbon emissions by March 2023") == std::set<std::string>{"reduce", "carbon", "emissions"});
    CHECK(titles.tokens("Reduce carbon emissions (by end of 2024/25)") ==
          std::set<std::string>{"reduce", "carbon", "emissions"});
    CHECK(titles.tokens("% of EHCPs issued in 20 weeks") == std::set<std::string>{"%", "ehcps", "issued", "20", "weeks"});
}

TEST_CASE("title similarity is the Jaccard index of the tokens", "[archive][series]") {
    TitleComparer titles(repo_patterns());
    CHECK(jaccard({"a", "b"}, {"b", "c"}) == Approx(1.0 / 3));
    CHECK(jaccard({}, {}) == 1.0);
    CHECK(titles.similarity("Digital engagement with Heritage services", "Number of physical visits to Libraries") == 0.0);
    CHECK(titles.same_measure("Reduce carbon emissions by March 2023", "Reduce carbon emissions by March 2024"));
    CHECK(titles.same_measure("% of Corporate Complaints responded to within timescales",
                              "% of corporate complaints responded to within 20 working days"));
    CHECK_FALSE(titles.same_measure("Digital engagement with Heritage services",
                                    "Number of physical visits to Libraries"));
}

TEST_CASE("a reused measure id splits into series at the title change", "[archive][series]") {
    TitleComparer titles(repo_patterns());
    std::vector<StoredObservation> obs = {
        observed("2022-07-31", "Digital engagement with Heritage services"),
        observed("2023-01-31", "Digital engagement with Heritage Services"),
        observed("2023-07-31", std::nullopt),  // unreadable title: stays in the series
        observed("2024-07-31", "Number of physical visits to Libraries"),
        observed("2024-11-30", "Number of physical visits to libraries by March 2025"),
    };
    auto series = split_series(obs, titles);
    REQUIRE(series.size() == 2);
    CHECK(series[0].number == 1);
    CHECK(series[0].title == "Digital engagement with Heritage services");
    CHECK(series[0].observations.size() == 3);
    CHECK(series[1].number == 2);
    CHECK(series[1].title == "Number of physical visits to Libraries");
    CHECK(series[1].observations.size() == 2);
    CHECK(split_series({}, titles).empty());
}

TEST_CASE("a title cut short or flagged partial continues its series", "[archive][series]") {
    TitleComparer titles(repo_patterns());
    CHECK(titles.continues("Total No. of streetlights fitted with LED Lanterns", "Total"));
    CHECK(titles.continues("Total No. of streetlights fitted with LED Lanterns by March 2023",
                           "Total No. of streetlights fitted with LED Lanterns"));
    CHECK_FALSE(titles.continues("Digital engagement with Heritage services", "Number of physical visits to Libraries"));
    std::vector<StoredObservation> obs = {
        observed("2022-07-31", "Total No. of streetlights fitted with LED Lanterns by March 2023"),
        observed("2024-07-31", "Street works"),  // flagged partial below: neither breaks nor counts
        observed("2024-11-30", "Total No. of streetlights fitted with LED Lanterns"),
    };
    obs[1].record.warnings.push_back("OCR read the row line by line: title, names and comment are partial");
    CHECK(titles.partial_title(obs[1].record));
    CHECK_FALSE(titles.partial_title(obs[0].record));
    auto series = split_series(obs, titles);
    REQUIRE(series.size() == 1);
    CHECK(series[0].observations.size() == 3);
    obs[1].record.warnings.clear();  // unflagged, the same title is another measure
    CHECK(split_series(obs, titles).size() == 3);
}
