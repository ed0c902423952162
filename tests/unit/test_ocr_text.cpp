// OCR's plain text (Tesseract's text output, OCRmyPDF's sidecar): rows read line by line, garbled
// header labels and status cells.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "normalize/fields.h"
#include "pipeline/extract.h"
#include "test_helpers.h"
#include "text/columns.h"
#include "text/row_line.h"
#include "text/sections.h"
#include "text/text_extract.h"

using namespace occx;
using namespace occx::plain;

namespace {

std::string str(const OptString& s) { return s ? *s : "(null)"; }

}  // namespace

TEST_CASE("a title's line that ends with figures and garbled statuses holds the row's cells", "[text][ocr]") {
    const auto& pack = repo_patterns();
    auto cells = split_row_line("Calls answered within 30 seconds % ? 80.00 83.70 Rentaan 80.00 82.23 [AMBER]", 4, pack);
    REQUIRE(cells);
    CHECK(cells->title == "Calls answered within 30 seconds");
    CHECK(cells->unit == "%");
    CHECK(cells->trend == "?");
    CHECK(cells->values == std::vector<std::string>{"80.00", "83.70", "80.00", "82.23", "AMBER"});
    CHECK(cells->unread_marks == 1);
    // a trend arrow read as a digit, beside the unit: one figure more than the row has columns
    auto digit = split_row_line("Adults aged 65+ (per 100,000) admitted # 4 440.00 453.40 3,960.00 4,090.86", 4, pack);
    REQUIRE(digit);
    CHECK(digit->title == "Adults aged 65+ (per 100,000) admitted");
    CHECK(digit->unit == "#");
    CHECK(digit->values == std::vector<std::string>{"440.00", "453.40", "3,960.00", "4,090.86"});
    // a title's own numbers, prose after figures, or a sentence's last word are no row's cells
    CHECK_FALSE(split_row_line("Adults aged 65+ (per 100,000) permanently admitted to care homes", 4, pack));
    CHECK_FALSE(split_row_line("Jo Bloggs 12 10 good progress", 4, pack));
    CHECK_FALSE(split_row_line("Al Smith 5 10 Behind.", 4, pack));
}

TEST_CASE("the cells after a holder's name come before the comment on OCR's row line", "[text][ocr]") {
    const auto& pack = repo_patterns();
    auto cells = split_leading_row_cells("# 1 39.50 34.46 276.50 245.67 Waste activity in October came in", 4, pack);
    REQUIRE(cells);
    CHECK(cells->unit == "#");
    CHECK(cells->values == std::vector<std::string>{"39.50", "34.46", "276.50", "245.67"});
    CHECK(cells->title == "Waste activity in October came in");
    CHECK_FALSE(split_leading_row_cells("The figure of 34.46 is short", 4, pack));
}

TEST_CASE("OCR's scorecard rows, one line each, under a garbled header, give their figures", "[text][ocr]") {
    // Tesseract's text of a scorecard: the header's first words garbled, each row on one line.
    const std::string text =
        "SCORECARD: Reporting Pattern 2\n\n"
        "Indicator a age wre Target Performance Actual Performance Indicator target Performance Actual Performance RAG\n\n"
        "OCC01.06 Total % of household waste which is reused, recycled % ? 61.50 43.45 Rentaan 61.50 43.56 [AMBER]\n"
        "or composted\n\n"
        "Commentary: At 43.45, the result is well short of the profiled target.\n\n"
        "OCC01.08 Kg of residual household waste collected per # ° 39.50 40.91 355.50 374.89\n"
        "household\n";
    ExtractResult r = extract_stream_text(text, repo_patterns());
    REQUIRE(r.records.size() == 2);
    const Record& a = record(r, "OCC01.06");
    CHECK(a.title == "Total % of household waste which is reused, recycled or composted");
    CHECK(str(a.unit) == "%");
    CHECK(raw(a.period.target) == "61.50");
    CHECK(raw(a.period.actual) == "43.45");
    CHECK(raw(a.ytd.target) == "61.50");
    CHECK(raw(a.ytd.actual) == "43.56");
    CHECK(str(a.ytd.status) == "AMBER");
    CHECK(std::any_of(a.warnings.begin(), a.warnings.end(),
                      [](const std::string& w) { return w.find("could not be read") != std::string::npos; }));
    const Record& b = record(r, "OCC01.08");
    CHECK(raw(b.ytd.actual) == "374.89");
    CHECK(str(b.trend) == "°");
}

TEST_CASE("a header line OCR garbled still reads where most of its words are labels", "[text][ocr]") {
    const auto& pack = repo_patterns();
    auto labels = read_noisy_labels("Indicator a age wre Target Performance Actual Performance Target Actual RAG", pack);
    REQUIRE(labels);
    CHECK(labels->size() >= 4);
    // prose that names a target and an actual is no header
    CHECK_FALSE(read_noisy_labels("The actual figure was short of the target again this month", pack));
}

TEST_CASE("a label met again on a header line is the year to date's column", "[text]") {
    const auto& pack = repo_patterns();
    auto labels = read_labels("Target Result Status Target Actual RAG", pack, true, true);
    REQUIRE(labels);
    CHECK(resolve_labels(*labels, pack) == std::vector<std::string>{"period_target", "period_actual", "period_status",
                                                                    "ytd_target", "ytd_actual", "ytd_status"});
}

TEST_CASE("OCR's ids at a text row's start: a space after the letters, a speck before them", "[text][ocr]") {
    const auto& pack = repo_patterns();
    CHECK(row_start_id("OCC 10.04 % of calls answered", pack)->id == "OCC10.04");
    CHECK(leading_measure_id("9OCC10.05 % of requests", pack)->id == "OCC10.05");
    // prose keeps its numbers: the space is allowed only after all three letters
    CHECK_FALSE(row_start_id("Cc 12.50 was spent", pack));
    CHECK_FALSE(leading_measure_id("9 CC10.05", pack));
    // ids OCR garbled past reading still show they were there, to be reported
    CHECK(unreadable_leading_id("(OCC? 06 Number of residents supported", pack) == std::optional<std::string>("(OCC? 06"));
    CHECK(unreadable_leading_id("OCCOLOG", pack) == std::optional<std::string>("OCCOLOG"));
    CHECK_FALSE(unreadable_leading_id("GCSE 12 results", pack));
}

TEST_CASE("a text row whose id one misread digit put out of order is set right", "[text][ocr]") {
    // OCR read OCC08.02 as "0CCO6.02"; the rows around it keep their order.
    auto text_with = [](const char* odd_one) {
        std::string text = "Indicator Target Actual Target Actual\n\n";
        for (const char* id : {"OCC07.01", "OCC07.04", "OCC07.06", odd_one, "OCC08.04", "OCC08.05"})
            text += std::string(id) + " Number of things done # 10.00 12.00 90.00 95.00\n\n";
        return text;
    };
    ExtractResult r = extract_stream_text(text_with("0CCO6.02"), repo_patterns());
    REQUIRE(r.records.size() == 6);
    const Record& fixed = record(r, "OCC08.02");
    CHECK(std::any_of(fixed.warnings.begin(), fixed.warnings.end(), [](const std::string& w) {
        return w.find("read as 'OCC06.02', out of order between OCC07.06 and OCC08.04") != std::string::npos;
    }));
    // an id whose text is exactly an id was printed so (a converter may reorder rows): kept
    ExtractResult as_printed = extract_stream_text(text_with("OCC06.02"), repo_patterns());
    CHECK(record(as_printed, "OCC06.02").warnings.empty());
}
