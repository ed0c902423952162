// The Cabinet covering report read from lines of tab-separated cells.
#include <catch2/catch.hpp>

#include "text/cabinet_parser.h"
#include "pipeline/extract.h"
#include "text/text_extract.h"
#include "test_helpers.h"

using namespace occx;

namespace {

const std::vector<std::string> kLines = {
    "BUSINESS MANAGEMENT AND MONITORING REPORT",
    "MARCH 2025",
    "March 2025\tRed\t\tGreen\t\tAmber\t\tMonitoring Only\t\tTotal\t",
    "\tCount\tPercentage\tCount\tPercentage\tCount\tPercentage\tCount\tPercentage\tCount\tPercentage",
    "Monthly\t1\t5%\t12\t60%\t4\t20%\t3\t15%\t20\t100%",
    "Quarterly\t0\t0%\t2\t100%\t0\t0%\t0\t0%\t2\t100%",
    "",
    "Reporting month\tGreen\t\tAmber\t\tRed\t\tMonitoring Only / No data\t\tTotal",
    "\tCount\tPercentage\tCount\tPercentage\tCount\tPercentage\tCount\tPercentage\tCount",
    "February 2025\t10\t50%\t5\t25%\t3\t15%\t2\t10%\t20",
    "",
    "March 2025\t12\t60%\t4\t20%\t1\t5%\t3\t15%\t20",
    "Some prose between the tables that names OCC09.09 in passing.",
    "Performance measures reporting Red for March 2025\t",
    "OCC03.04 Number of visits\t",
    "",
    "Status changes – February to March 2025",
    "Green to Red\tOCC03.04 Number of visits",
    "Red to Amber\tNot applicable",
    "Amber to Green\tOCC05.01 Travel shift",
    "Measure\tDirector:\tMarch Status:\tFebruary Status:",
    "OCC03.04 Number of visits\tAnn Example\tRed\tGreen",
    "OCC03.05 Number of loans\tAnn Example\tAmber\tAmber",
};

}  // namespace

TEST_CASE("a covering report's tables, columns mapped by their headings", "[text][cabinet]") {
    const auto& pack = repo_patterns();
    REQUIRE(looks_like_cabinet_report(kLines, pack));
    CabinetReport c = parse_cabinet_lines(kLines, pack);
    CHECK(c.report.period_end == "2025-03-31");
    CHECK(c.period_label == "March 2025");
    REQUIRE(c.rag_summary.size() == 2);
    CHECK(c.rag_summary[0].row == "Monthly");
    CHECK(c.rag_summary[0].red == 1);
    CHECK(c.rag_summary[0].green == 12);
    CHECK(c.rag_summary[0].amber == 4);
    CHECK(c.rag_summary[0].monitoring_only == 3);
    CHECK(c.rag_summary[0].total == 20);
    CHECK_FALSE(c.rag_summary[0].data_unavailable);
    CHECK(c.rag_summary[1].row == "Quarterly");
    REQUIRE(c.monthly_comparison.size() == 2);
    CHECK(c.monthly_comparison[1].row == "March 2025");
    CHECK(c.monthly_comparison[1].red == 1);
    CHECK(c.monthly_comparison[1].total == 20);
    REQUIRE(c.red_list.size() == 1);
    CHECK(c.red_list[0].measure_id == "OCC03.04");
    CHECK(c.red_list[0].title == "Number of visits");
    REQUIRE(c.status_changes.size() == 2);
    CHECK(c.status_changes[0].from == "GREEN");
    CHECK(c.status_changes[0].to == "RED");
    CHECK(c.status_changes[1].measure.measure_id == "OCC05.01");
    REQUIRE(c.exceptions.size() == 2);
    // The report's month is March: that column is the current status, whatever its position.
    CHECK(c.exceptions[0].current_status == "RED");
    CHECK(c.exceptions[0].previous_status == "GREEN");
    CHECK(c.exceptions[0].director == "Ann Example");
    CHECK(c.exceptions[0].priority_id == "OCC03");
    CHECK(c.warnings.empty());
}

TEST_CASE("a covering report as text gives the cabinet form and no records", "[text][cabinet]") {
    std::string text;
    for (const auto& l : kLines) text += l + "\n";
    ExtractResult r = extract_stream_text(text, repo_patterns());
    CHECK(r.records.empty());
    REQUIRE(r.cabinet);
    CHECK(r.cabinet->source.method == "plain");
    CHECK(r.summary.period.period_end == "2025-03-31");
}

TEST_CASE("a monthly report is not taken for a covering report", "[text][cabinet]") {
    CHECK_FALSE(looks_like_cabinet_report({"GREEN\tMeets or exceeds target", "RED\tMisses target",
                                           "Measure\tDirector\tPeriod Actual"},
                                          repo_patterns()));
}

TEST_CASE("a covering report converted with its layout is read as one, not as measure rows", "[text][cabinet]") {
    // The tab-separated lines laid out as pdftotext -layout sets them: cells apart by runs of spaces.
    std::string text;
    for (const auto& l : kLines) {
        std::string laid;
        for (char ch : l) laid += ch == '\t' ? std::string(6, ' ') : std::string(1, ch);
        text += laid + "\n";
    }
    ExtractOptions options;
    ExtractResult r = extract_bytes(text, "covering.txt", options, repo_context());
    CHECK(r.records.empty());
    REQUIRE(r.cabinet);
    CHECK(r.cabinet->exceptions.size() == 2);
    CHECK(r.cabinet->red_list.size() == 1);
}

TEST_CASE("a measure id a covering report's tables do not hold is a warning", "[text][cabinet]") {
    std::vector<std::string> lines = kLines;
    lines.insert(lines.begin() + 13, "OCC07.07 A row outside every table");
    CabinetReport c = parse_cabinet_lines(lines, repo_patterns());
    REQUIRE(c.warnings.size() == 1);
    CHECK(c.warnings[0] == "line 14: measure id OCC07.07 seen but not read into the covering report's tables");
}
