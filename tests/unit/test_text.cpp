// Text inputs: one small inline text per converter style, read into records.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>

#include <map>
#include <string>

#include "text/columns.h"
#include "text/fragments.h"
#include "text/markup.h"
#include "text/name_cells.h"
#include "normalize/fields.h"
#include "pipeline/extract.h"
#include "pipeline/input_file.h"
#include "pipeline/second_reading.h"
#include "text/layout_text.h"
#include "text/word_skew.h"
#include "text/ocr_formats.h"
#include "text/text_extract.h"
#include "util/text.h"
#include "test_helpers.h"
#include "util/error.h"

using namespace occx;
using namespace occx::plain;

namespace {

std::string str(const OptString& s) { return s ? *s : "(null)"; }

ExtractResult extract(const std::string& text) { return extract_stream_text(text, repo_patterns()); }

// Through the pipeline, as a file of that name: the input's kind is told from its content.
ExtractResult extract_as_file(const std::string& text, const std::string& name) {
    ExtractOptions options;
    return extract_bytes(text, name, options, repo_context());
}

}  // namespace

TEST_CASE("cells lose converters' markup", "[text]") {
    const auto& pack = repo_patterns();
    CHECK(strip_markup("<p>First para.</p> <p>Second &amp; last.</p>", pack) == "First para.\nSecond & last.");
    CHECK(strip_markup("<b>Comments :</b> text", pack) == "Comments : text");
    CHECK(strip_markup("$\\leftrightarrow$", pack) == "↔");
    CHECK(strip_markup("<b>^</b>", pack) == "^");
    CHECK(split_cells("a\t<b>b</b>\t", pack) == std::vector<std::string>{"a", "b", ""});
    CHECK(is_watermark("COUN", pack));
    CHECK(is_watermark("NTY COUNC", pack));
    CHECK(is_watermark("ORDSHIR", pack));
    // a cell's own capitals are not pieces of the watermark's words
    for (const char* word : {"NONE", "NIL", "YES", "SEND", "NHS"}) CHECK_FALSE(is_watermark(word, pack));
    CHECK_FALSE(is_watermark("RED", pack));
    CHECK_FALSE(is_watermark("GREEN", pack));
    CHECK_FALSE(is_watermark("Comment", pack));
}

TEST_CASE("a group word may close a value's label that stands alone", "[text]") {
    const auto& pack = repo_patterns();
    auto keys = [&](const char* text) { return resolve_labels(read_labels(text, pack, true, true).value(), pack); };
    CHECK(keys("Target YTD") == std::vector<std::string>{"ytd_target"});
    CHECK(keys("Actual this period") == std::vector<std::string>{"period_actual"});
    // in a line of labels the last "YTD" is a status column's
    const auto line = keys("Actual Target Status Actual Target YTD");
    REQUIRE(line.size() == 6);
    CHECK(line.back().find("status") != std::string::npos);
}

TEST_CASE("header labels give the column order", "[text]") {
    const auto& pack = repo_patterns();
    auto labels = read_labels("Measure Director Portfolio Holder Period Actual Period Target Status Comment YTD Actual YTD Target YTD", pack, true);
    REQUIRE(labels);
    CHECK(resolve_labels(*labels, pack) ==
          std::vector<std::string>{"measure", "director", "portfolio_holder", "period_actual", "period_target",
                                   "period_status", "comment", "ytd_actual", "ytd_target", "ytd_status"});
    auto grouped = read_labels("YTD Performance Target Actual Indicator", pack, true);
    REQUIRE(grouped);
    CHECK(resolve_labels(*grouped, pack) == std::vector<std::string>{"ytd_target", "ytd_actual", "ytd_status"});
    // "Indicator" names the measures first, a status after another column (patterns/table.re2).
    auto indicator = read_labels("Indicator Unit Target Actual Indicator", pack, true);
    REQUIRE(indicator);
    CHECK(resolve_labels(*indicator, pack) ==
          std::vector<std::string>{"measure", "unit", "period_target", "period_actual", "period_status"});
    CHECK_FALSE(read_labels("The figure is provisional", pack, true));
}

TEST_CASE("cut words are rejoined against the document's vocabulary", "[text]") {
    Vocabulary v;
    v.learn({"the month of November was busy and the total grew as lanterns were installed during the year"});
    CHECK(join_fragments({"during the mor", "nth of November"}, v) == "during the month of November");
    CHECK(join_fragments({"installed", "during"}, v) == "installed during");
    CHECK(join_fragments({"a to", "tal of 253."}, v) == "a total of 253.");
}

TEST_CASE("a table converter's tab-separated rows", "[text]") {
    const std::string text =
        "Status of Indicators\t31/01/2023\n"
        "OCC01 - Put action to address the climate emergency\t●\n"
        "\n"
        "Measure\tDirector\tPortfolio Holder\tPeriod Actual\tPeriod Target\tStatus\tComment\tFinance Impact\tRisk Impact\tYTD Actual\tYTD Target\tYTD\n"
        "OCC01.02 Total No. of streetlights\tBill Cotton\tCllr A Gant\t1,247\t950\t★\tTargets are met.\tNo impact.\tNo risks.\t19,656\t16,750\t★\n"
        "OCC01.09 Household waste recycled\tBill Cotton\tClir P Sudbury\t57.95%\t62.00%\t▲\t<p>Below target.</p> <p>A step change is needed.</p>\t\t\t£292,000,00\t62.00%\t\n"
        "\n"
        "Measure\tDirector\tPortfolio Holder\tPeriod Actual\tPeriod Target\tStatus\tComment\tFinance Impact\tRisk Impact\tYTD Actual\tYTD Target\tYTD\n"
        "\t\t\t\t\t\t\t\tThe risk continues.\t\t\t\n"
        "OCC01.10 Publication of strategy\tBill Cotton\tCllr A Gant\tn/r\tn/r\tn/r\tn/r\tn/r\tn/r\tn/r\tn/r\tn/r\n";
    ExtractResult r = extract(text);
    REQUIRE(r.records.size() == 3);
    CHECK(r.summary.period.period_end == "2023-01-31");
    const Record& a = record(r, "OCC01.02");
    CHECK(a.title == "Total No. of streetlights");
    CHECK(a.director == "Bill Cotton");
    CHECK(a.period.actual->value == 1247.0);
    CHECK(a.period.target->value == 950.0);
    CHECK(a.period.status == "GREEN");
    CHECK(a.ytd.actual->value == 19656.0);
    CHECK(a.finance_impact == "No impact.");
    CHECK(a.priority_title == "Put action to address the climate emergency");
    CHECK(a.source.method == "plain");
    CHECK(a.source.pages.empty());
    const Record& b = record(r, "OCC01.09");
    CHECK(b.portfolio_holder == "Cllr P Sudbury");
    CHECK(b.period.status == "RED");
    CHECK(b.comment == "Below target.\nA step change is needed.");
    CHECK(b.ytd.actual->kind == ValueKind::malformed);
    CHECK_FALSE(b.ytd.status);
    CHECK(b.risk_impact == "The risk continues.");  // the continuation line, below a repeated header
    const Record& c = record(r, "OCC01.10");
    CHECK(c.period.status == "NR");
    CHECK(c.period.actual->kind == ValueKind::not_reported);
}

TEST_CASE("a scorecard: Target before Actual, comments under the rows", "[text]") {
    const std::string text =
        "## FROM 01-APR-2024 TO 30-NOV-2024\n"
        "Linked Items\tUnit Trend\t\tPeriod Performance\t\t\tYTD Performance\t\t\t\n"
        "\t\t\tTarget\tActual\tIndicator\tTarget\tActual\tIndicator\t\t\n"
        "OCC01.02 Total No. of streetlights\t#\t<b>^</b>\t119.00\t253.00\tGREEN\t820.00\t1,364.00\tGREEN\t\t\n"
        "Comments : The number installed during the mor\tnth of November is 253, the month's total.\t\t\n"
        "\t\t\t\t\t\t\tCOUN\t\n"
        "OCC06.02 Percentage of newly planted trees %\t90.00\t94.90\tGREEN\t90.00\tCOUN\tGREEN\n"
        "Comments : N/A\t\t\tOXF COUN\n"
        "Comments : Calls fell in the month. % 90.00 100.00 90.00 100.00 OCC10.05 Percentage of FOIs "
        "responded to $\\leftrightarrow$ GREEN GREEN within timescales Comments : A total of 156 requests.\n"
        "Overall Performance\t\t100.00\t79.39\tRED\t100.00\t79.39\tRED\n";
    ExtractResult r = extract(text);
    REQUIRE(r.records.size() == 3);
    CHECK(r.summary.period.period_start == "2024-04-01");
    const Record& a = record(r, "OCC01.02");
    CHECK(a.period.target->raw == "119.00");
    CHECK(a.period.actual->raw == "253.00");
    CHECK(a.ytd.actual->raw == "1,364.00");
    CHECK(a.unit == "#");
    CHECK(a.trend == "^");
    CHECK(a.comment == "The number installed during the month of November is 253, the month's total.");
    CHECK_FALSE(a.priority_title);
    const Record& b = record(r, "OCC06.02");
    CHECK(b.unit == "%");
    CHECK(b.title == "Percentage of newly planted trees");
    CHECK_FALSE(b.ytd.actual);  // hidden by the watermark
    CHECK_FALSE(b.warnings.empty());
    CHECK(str(b.comment).rfind("N/A", 0) == 0);
    const Record& c = record(r, "OCC10.05");  // flattened onto the comment line above
    CHECK(c.title == "Percentage of FOIs responded to within timescales");
    CHECK(c.trend == "↔");
    CHECK(c.period.target->raw == "90.00");
    CHECK(c.period.actual->raw == "100.00");
    CHECK(c.ytd.status == "GREEN");
    CHECK(c.comment == "A total of 156 requests.");
}

TEST_CASE("pdftotext blocks, with a page repeated", "[text]") {
    const std::string page =
        "Status of Indicators 31/07/2022\n"
        "OCC01  Put action to address the climate emergency at the heart of\n"
        "our work\n"
        "\n"
        "Measure Director Portfolio Holder Period Actual Period Target Status Comment Finance Impact Risk Impact YTD Actual YTD Target YTD\n"
        "OCC01.02 Total No. of streetlights fitted with\n"
        "LED Lanterns by March 2023\n"
        "\n"
        "Bill\n"
        "Cotton\n"
        "\n"
        "Cllr A Gant 2,785 2,000 2785 street lights were fitted with LED Lanterns in July 8,936 6,800\n"
        "\n"
        "OCC01.05 Total number of electric vehicle\n"
        "charging points\n"
        "\n"
        "Tim\n"
        "Spiers\n"
        "\n"
        "Cllr P Sudbury 0 0 The wayleave required to connect the final 8 chargers in the car\n"
        "park has been delayed whilst discussions were held with the new owner.\n"
        "\n"
        "No financial impact at all for the\n"
        "council this month\n"
        "\n"
        "Minimal, a matter of timing\n"
        "\n"
        "205 205\n"
        "\n"
        "OCC01.07 No of people supported\n"
        "\n"
        "Karen\n"
        "Fuller\n"
        "\n"
        "Cllr T Bearder 6,322.00 6,322.00\n";
    ExtractResult r = extract(page + page);
    REQUIRE(r.records.size() == 3);
    const Record& a = record(r, "OCC01.02");
    CHECK(a.title == "Total No. of streetlights fitted with LED Lanterns by March 2023");
    CHECK(a.director == "Bill Cotton");
    CHECK(a.portfolio_holder == "Cllr A Gant");
    CHECK(raw(a.period.actual) == "2,785");
    CHECK(raw(a.period.target) == "2,000");
    CHECK(raw(a.ytd.actual) == "8,936");
    CHECK(raw(a.ytd.target) == "6,800");
    CHECK(a.comment == "2785 street lights were fitted with LED Lanterns in July");
    CHECK(a.priority_title == "Put action to address the climate emergency at the heart of our work");
    CHECK(a.report.period_end == "2022-07-31");
    const Record& b = record(r, "OCC01.05");
    CHECK(str(b.comment).find("new owner") != std::string::npos);
    CHECK(b.finance_impact == "No financial impact at all for the council this month");
    CHECK(b.risk_impact == "Minimal, a matter of timing");
    CHECK(raw(b.ytd.actual) == "205");
    const Record& c = record(r, "OCC01.07");  // monitoring only: one value per triple
    CHECK(raw(c.period.actual) == "6,322.00");
    CHECK_FALSE(c.period.target);
    CHECK(raw(c.ytd.actual) == "6,322.00");
}

TEST_CASE("Tesseract output: labelled blocks and rows read line by line", "[text]") {
    const std::string text =
        "Status of Indicators 31/07/2024\n"
        "OCCO4 - Support carers and the social care system A\n"
        "\n"
        "Measure\n"
        "\n"
        "0OCC04.02 % of\n"
        "residents 18-64\n"
        "\n"
        "Director\n"
        "\n"
        "Karen Fuller\n"
        "\n"
        "Portfolio\n"
        "Holder\n"
        "\n"
        "Clir T\n"
        "Bearder\n"
        "\n"
        "Period\n"
        "Actual\n"
        "\n"
        "89.48%\n"
        "\n"
        "Status\n"
        "\n"
        "n'a\n"
        "\n"
        "YTD\n"
        "Actual\n"
        "\n"
        "89.48%\n"
        "\n"
        "0CC04.03 %\n"
        "Section 42\n"
        "\n"
        "Karen Fuller\n"
        "\n"
        "ClirT\n"
        "Bearder\n"
        "\n"
        "320.65\n"
        "\n"
        "nia\n"
        "\n"
        "320.65\n"
        "\n"
        "nia\n"
        "\n"
        "0CC04.05 Lorna Clir D Levy 70.00 90.00 70.50 90.00\n"
        "Achievement of |Baxter A A\n"
        "planned savings\n";
    ExtractResult r = extract(text);
    REQUIRE(r.records.size() == 3);
    const Record& a = record(r, "OCC04.02");
    CHECK(a.title == "% of residents 18-64");
    CHECK(a.director == "Karen Fuller");
    CHECK(a.portfolio_holder == "Cllr T Bearder");
    CHECK(raw(a.period.actual) == "89.48%");
    CHECK(a.period.status == "NA");
    CHECK(raw(a.ytd.actual) == "89.48%");
    CHECK(a.priority_title == "Support carers and the social care system");
    const Record& b = record(r, "OCC04.03");
    CHECK(b.portfolio_holder == "Cllr T Bearder");
    CHECK(raw(b.period.actual) == "320.65");
    CHECK(b.period.status == "NA");
    CHECK(raw(b.ytd.actual) == "320.65");
    CHECK(b.ytd.status == "NA");
    const Record& c = record(r, "OCC04.05");
    CHECK(c.title == "Achievement of planned savings");
    CHECK(c.director == "Lorna Baxter");
    CHECK(c.portfolio_holder == "Cllr D Levy");
    CHECK(raw(c.period.actual) == "70.00");
    CHECK(raw(c.ytd.target) == "90.00");
    CHECK(c.period.status == std::nullopt);
}

TEST_CASE("text without rows or a covering report is not a report", "[text]") {
    ExtractOptions options;
    options.format = InputFormat::text;
    CHECK_THROWS_AS(extract_bytes("just some prose\nand more prose\n", "prose.txt", options, repo_context()), NotAReport);
    CHECK_THROWS_AS(extract_bytes("", "empty.txt", options, repo_context()), NotAReport);
    CHECK_THROWS_WITH(extract_bytes("prose\n", "prose.txt", options, repo_context()), Catch::Contains("prose.txt: no measure rows"));
}

TEST_CASE("the text input limit bounds text read as lines, not positioned OCR formats", "[text][limits]") {
    ExtractOptions options;
    options.max_text_bytes = 64;
    const std::string lines = "OCC01.02 Streetlights fitted with LED lanterns 1,247 1,000 GREEN\n";
    CHECK_THROWS_WITH(extract_bytes(lines + lines, "big.txt", options, repo_context()),
                      Catch::Contains("big.txt: is 0.1 MB of text, over the text input limit"));
    // an hOCR page costs a few times its size: only the input limit bounds it
    const std::string hocr =
        "<html><body><div class='ocr_page' id='page_1' title='image \"x\"; bbox 0 0 1754 1240; scan_res 150 150'>"
        "<span class='ocrx_word' id='w1' title='bbox 150 300 225 315; x_wconf 88'>Minutes</span></div></body></html>";
    REQUIRE(hocr.size() > options.max_text_bytes);
    CHECK_THROWS_WITH(extract_bytes(hocr, "page.hocr", options, repo_context()), Catch::Contains("no measure rows"));
}

TEST_CASE("a size just over a limit never prints as the limit", "[limits]") {
    CHECK(megabytes(std::size_t(40) << 20) == "40 MB");
    CHECK(megabytes((std::size_t(40) << 20) + 1) == "40.1 MB");
    CHECK(megabytes(64) == "0.1 MB");
    CHECK(megabytes((std::size_t(12) << 20) + (std::size_t(1) << 19)) == "12.5 MB");
}

TEST_CASE("no-break spaces become plain ones in time proportional to the text", "[text]") {
    // 1.6 MB of them once took 20 s (each replacement moved the rest of the text).
    std::string text;
    for (int i = 0; i < 800000; ++i) text += "\xC2\xA0";
    text = "Report for July 2024\nRef\tMeasure\tActual\tTarget\tStatus\nOCC01.01\tA\xC2\xA0title\t5%\t9%\tGreen\n" + text;
    auto start = std::chrono::steady_clock::now();
    ExtractResult r = extract(text);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
    REQUIRE(r.records.size() == 1);
    CHECK(r.records[0].title.value_or("").rfind("A title", 0) == 0);  // the no-break space became a space
}

// ---------------------------------------------------------------- reflowed samples
// A few measures printed in layouts the seeds do not have: the parser must follow the header.

namespace {

struct Sample {
    std::string id, title, director, holder, pa, pt, ps, ya, yt, ys, comment, finance, risk;
};

const std::vector<Sample>& samples() {
    static const std::vector<Sample> s = {
        {"OCC02.02", "No of active borrowers", "Mark Haynes", "Cllr J Hannaby", "66,677.00", "65,000.00", "GREEN",
         "622,971.00", "624,000.00", "AMBER", "Remains above target for the month.", "None expected.", "Low."},
        {"OCC05.01", "Students completing a travel shift", "Bill Cotton", "Cllr A Gant", "277.00", "270.00", "GREEN",
         "1,109.00", "1,050.00", "GREEN", "Number remains static.", "No impact.", "No risk."},
        {"OCC11.03", "General balances above the risk assessed level", "Lorna Baxter", "Cllr C Miller",
         "£21,600,000", "£28,900,000", "RED", "57.95%", "(-1.4)", "n/a", "Balances will reduce.", "Pressure.",
         "Reserves fall."},
    };
    return s;
}

std::string cell_of(const Sample& s, const std::string& key) {
    if (key == "title") return s.id + " " + s.title;
    if (key == "director") return s.director;
    if (key == "portfolio_holder") return s.holder;
    if (key == "period.actual") return s.pa;
    if (key == "period.target") return s.pt;
    if (key == "period.status") return s.ps;
    if (key == "ytd.actual") return s.ya;
    if (key == "ytd.target") return s.yt;
    if (key == "ytd.status") return s.ys;
    if (key == "comment") return s.comment;
    if (key == "finance_impact") return s.finance;
    return s.risk;
}

const std::map<std::string, std::string>& header_words() {
    static const std::map<std::string, std::string> h = {
        {"title", "Measure"}, {"director", "Director"}, {"portfolio_holder", "Portfolio Holder"},
        {"period.actual", "Period Actual"}, {"period.target", "Period Target"}, {"period.status", "Period Status"},
        {"ytd.actual", "YTD Actual"}, {"ytd.target", "YTD Target"}, {"ytd.status", "YTD Status"},
        {"comment", "Comment"}, {"finance_impact", "Finance Impact"}, {"risk_impact", "Risk Impact"}};
    return h;
}

std::string tab_table(const std::vector<std::string>& order) {
    std::string text = "Status of Indicators\t30/06/2023\n";
    std::vector<std::string> labels;
    for (const auto& k : order) labels.push_back(header_words().at(k));
    text += join(labels, "\t") + "\n";
    for (const auto& s : samples()) {
        std::vector<std::string> cells;
        for (const auto& k : order) cells.push_back(cell_of(s, k));
        text += join(cells, "\t") + "\n";
    }
    return text;
}

void check_sample(const ExtractResult& r, const Sample& s, bool with_statuses) {
    INFO(s.id);
    const Record& rec = record(r, s.id);
    CHECK(rec.title == s.title);
    CHECK(rec.director == s.director);
    CHECK(rec.portfolio_holder == s.holder);
    CHECK(raw(rec.period.actual) == s.pa);
    CHECK(raw(rec.period.target) == s.pt);
    CHECK(raw(rec.ytd.actual) == s.ya);
    CHECK(raw(rec.ytd.target) == s.yt);
    CHECK(rec.comment == s.comment);
    CHECK(rec.finance_impact == s.finance);
    CHECK(rec.risk_impact == s.risk);
    if (with_statuses) {
        CHECK(rec.period.status == parse_status(s.ps, repo_patterns()));
        CHECK(rec.ytd.status == parse_status(s.ys, repo_patterns()));
    }
}

}  // namespace

TEST_CASE("a tab table follows its header, whatever the column order", "[text]") {
    const std::vector<std::vector<std::string>> orders = {
        {"title", "director", "portfolio_holder", "period.actual", "period.target", "period.status", "comment",
         "finance_impact", "risk_impact", "ytd.actual", "ytd.target", "ytd.status"},
        {"title", "ytd.target", "ytd.actual", "ytd.status", "period.target", "period.actual", "period.status",
         "risk_impact", "finance_impact", "comment", "portfolio_holder", "director"},
        {"title", "comment", "director", "period.status", "period.actual", "ytd.status", "ytd.actual",
         "period.target", "ytd.target", "portfolio_holder", "finance_impact", "risk_impact"},
    };
    for (const auto& order : orders) {
        ExtractResult r = extract(tab_table(order));
        REQUIRE(r.records.size() == samples().size());
        CHECK(r.summary.period.period_end == "2023-06-30");
        for (const auto& s : samples()) check_sample(r, s, true);
    }
}

TEST_CASE("an id OCR garbled past reading at a row's start is reported with its page", "[text]") {
    const std::string header =
        "Measure Director Portfolio Holder Period Actual Period Target Status Comment YTD Actual YTD Target YTD\n";
    auto row = [](const std::string& id) {
        return id + " Number of things counted\n\nBill\nCotton\n\nCllr A Gant 12 10 Ahead of plan. 40 30\n\n";
    };
    const std::string text = "Status of Indicators 31/07/2022\n" + header + row("OCC01.01") + row("OCC01.02") + "\f" +
                             header + row("OCcOLO4") + row("OCC01.05") + "\f";
    ExtractResult r = extract_as_file(text, "sidecar.txt");
    CHECK(r.records.size() == 3);
    bool reported = false;
    for (const auto& w : r.summary.warnings)
        reported = reported || w.find("page 2: measure id 'OCcOLO4' seen but not extracted") != std::string::npos;
    CHECK(reported);
    CHECK(r.summary.ids_seen == 4);
    CHECK(r.summary.ids_extracted == 3);
}

TEST_CASE("the same measures as pdftotext blocks", "[text]") {
    std::string text = "Status of Indicators 30/06/2023\n"
                       "Measure Director Portfolio Holder Period Actual Period Target Status Comment "
                       "Finance Impact Risk Impact YTD Actual YTD Target YTD\n";
    for (const auto& s : samples()) {
        auto name = split(s.director, ' ');
        text += s.id + " " + s.title + "\n\n" + name[0] + "\n" + name[1] + "\n\n" + s.holder + " " + s.pa + " " +
                s.pt + " " + s.comment + "\n\n" + s.finance + "\n\n" + s.risk + "\n\n" + s.ya + " " + s.yt + "\n\n";
    }
    ExtractResult r = extract(text);
    REQUIRE(r.records.size() == samples().size());
    for (const auto& s : samples()) check_sample(r, s, false);
}

TEST_CASE("a markdown pipe table reads like a tab table", "[text]") {
    std::string text = "Status of Indicators 30/06/2023\n\n";
    std::vector<std::string> order = {"title", "director", "portfolio_holder", "period.actual", "period.target",
                                      "period.status", "comment", "finance_impact", "risk_impact", "ytd.actual",
                                      "ytd.target", "ytd.status"};
    std::vector<std::string> labels, rule;
    for (const auto& k : order) {
        labels.push_back(header_words().at(k));
        rule.push_back("---");
    }
    text += "| " + join(labels, " | ") + " |\n|" + join(rule, "|") + "|\n";
    for (const auto& s : samples()) {
        std::vector<std::string> cells;
        for (const auto& k : order) cells.push_back(cell_of(s, k));
        text += "| " + join(cells, " | ") + " |\n";
    }
    ExtractResult r = extract(text);
    REQUIRE(r.records.size() == samples().size());
    for (const auto& s : samples()) check_sample(r, s, true);
}

TEST_CASE("layout text becomes pages of positioned words, a form feed starting a page", "[text][layout]") {
    const std::string text = "Measure      Period Actual\n\nOCC01.02 Lights   1,247\n\fPage two\n";
    CHECK(looks_like_layout_text(text, repo_patterns()));
    CHECK_FALSE(looks_like_layout_text("OCC01.02 Total No. of streetlights fitted with LED Lanterns\nComment text here\n",
                                       repo_patterns()));
    // a scorecard: rows in columns between long full-width comments
    std::string scorecard;
    for (int i = 1; i <= 4; ++i)
        scorecard += "OCC01.0" + std::to_string(i) + "          #        820.00    822.36 AMBER\n"
                     "Comment : the result for October is just short of the target and the team is on it now.\n"
                     "Feedback from residents has been positive, particularly about the new online option.\n"
                     "Benchmarking against our statistical neighbours places us in the second quartile here.\n";
    CHECK(looks_like_layout_text(scorecard, repo_patterns()));
    // tight columns: the id's line keeps its cells one space apart, the other columns' lines are
    // indented under their own columns
    std::string tight;
    for (int i = 1; i <= 4; ++i)
        tight += "OCC01.0" + std::to_string(i) + " Tonnes of CO2 emitted by the Catriona\n"
                 "council's own estate and fleet Bellamy\n"
                 "                                          Performance this month is ahead of the\n"
                 "                                          target, with 569.60 recorded for December.\n"
                 "                                          Recruitment remains the main risk.\n";
    CHECK(looks_like_layout_text(tight, repo_patterns()));
    auto pages = pages_from_layout_text(text);
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].method == PageMethod::plain);
    REQUIRE(pages[0].words.size() == 6);
    const Word& actual = pages[0].words[2];
    CHECK(actual.text == "Actual");
    CHECK(actual.box.x0 == Approx(20 * kLayoutCharWidth));
    const Word& figure = pages[0].words[5];
    CHECK(figure.text == "1,247");
    CHECK(figure.box.x0 == Approx(18 * kLayoutCharWidth));
    // the blank line between counts half a line
    CHECK(figure.box.y0 - actual.box.y0 == Approx(1.5 * kLayoutLineHeight));
    CHECK(pages[1].number == 2);
    CHECK(pages[1].words.front().text == "Page");
}

TEST_CASE("layout text: a slanted watermark's letters are marked rotated, a cell's capitals are not", "[text]") {
    // the letters of DRAFT one to a line, each a few columns right of the last; a column of
    // status letters and an initial a space from its name stay
    const std::string text =
        "OCC01.01  Cllr I Bellamy      R       D\n"
        "                                          R\n"
        "OCC01.02  Cllr J Smith        R              A\n"
        "\n"
        "                                                   F\n"
        "OCC01.03  Cllr K Jones        A                      T\n";
    const auto pages = pages_from_layout_text(text);
    REQUIRE(pages.size() == 1);
    std::string rotated, kept;
    for (const Word& w : pages[0].words) (w.rotation != 0 ? rotated : kept) += w.text + " ";
    CHECK(rotated == "D R A F T ");
    CHECK(kept.find("Cllr I Bellamy R") != std::string::npos);
    CHECK(kept.find("Cllr K Jones A") != std::string::npos);
}

TEST_CASE("layout text: a slanted watermark's dash and the letters set beside a cell's word on its path go too",
          "[text]") {
    // N O T - F O R, three columns on a line; then an initial the path crosses, which stays, and
    // a letter set a space before a figure, which goes
    auto at = [](size_t column, const std::string& text) { return std::string(column, ' ') + text + "\n"; };
    const std::string text = "OCC01.01" + at(32, "N") + at(43, "O") + at(46, "T") + at(49, "-") + at(52, "F") +
                             at(55, "O") + at(58, "R") + at(56, "Cllr N Okonjo") + at(64, "P 12.5") +
                             at(10, "A service plan");
    const auto pages = pages_from_layout_text(text);
    REQUIRE(pages.size() == 1);
    std::string rotated, kept;
    for (const Word& w : pages[0].words) (w.rotation != 0 ? rotated : kept) += w.text + " ";
    CHECK(rotated == "N O T - F O R P ");
    CHECK(kept.find("Cllr N Okonjo") != std::string::npos);
    CHECK(kept.find("12.5") != std::string::npos);
    CHECK(kept.find("A service plan") != std::string::npos);
}

TEST_CASE("layout text: a capital glued to a figure, a glyph or a marker is a watermark's letter", "[text]") {
    const auto pages = pages_from_layout_text("OCC01.01   C569.60   U\u2605   Un/a   Q3 2025   N279,054.00   Cllr\n");
    REQUIRE(pages.size() == 1);
    std::string rotated, kept;
    for (const Word& w : pages[0].words) (w.rotation != 0 ? rotated : kept) += w.text + " ";
    CHECK(rotated == "C U U N ");
    CHECK(kept == "OCC01.01 569.60 \u2605 n/a Q3 2025 279,054.00 Cllr ");
    // the figure keeps its place, one character on
    for (const Word& w : pages[0].words)
        if (w.text == "569.60") CHECK(w.box.x0 == Approx(12 * kLayoutCharWidth));
}

TEST_CASE("a name keeps a short first name; fragments and articles before it go", "[text]") {
    CHECK(name_start("Tim Spiers") == "Tim Spiers");
    CHECK(name_start("Jo Bloggs") == "Jo Bloggs");
    CHECK(name_start("a Lisa Lumley") == "Lisa Lumley");
    CHECK(name_start("The Lisa") == "Lisa");
}

TEST_CASE("TSV, hOCR and ALTO become pages of positioned words with confidences", "[text][ocr-formats]") {
    const std::string tsv =
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        "1\t1\t0\t0\t0\t0\t0\t0\t3508\t2481\t-1\t\n"
        "5\t1\t1\t1\t1\t1\t300\t600\t150\t30\t91\tOCC01.02\n";
    const std::string hocr =
        "<html><body><div class='ocr_page' id='page_1' title='image \"x\"; bbox 0 0 1754 1240; scan_res 150 150'>"
        "<span class='ocrx_word' id='w1' title='bbox 150 300 225 315; x_wconf 88'><strong>OCC01.02</strong></span>"
        "<span class='ocrx_word' id='w2' title='bbox 240 300 300 315; x_wconf 70'>R&amp;D</span></div></body></html>";
    const std::string alto =
        "<?xml version=\"1.0\"?><alto xmlns=\"http://www.loc.gov/standards/alto/ns-v3#\"><Layout>"
        "<Page WIDTH=\"3508\" HEIGHT=\"2481\"><String HPOS=\"300\" VPOS=\"600\" WIDTH=\"150\" HEIGHT=\"30\" WC=\"0.91\" "
        "CONTENT=\"OCC01.02\"/></Page><Page WIDTH=\"3508\" HEIGHT=\"2481\"><String HPOS=\"10\" VPOS=\"10\" "
        "WIDTH=\"20\" HEIGHT=\"20\" CONTENT=\"two\"/></Page></Layout></alto>";
    CHECK(detect_positioned_format(tsv) == PositionedFormat::tsv);
    CHECK(detect_positioned_format(hocr) == PositionedFormat::hocr);
    CHECK(detect_positioned_format(alto) == PositionedFormat::alto);
    CHECK(detect_positioned_format("OCC01.02 Lights 1,247") == PositionedFormat::none);
    for (const auto* text : {&tsv, &hocr, &alto}) {
        auto pages = pages_from_positioned(*text, detect_positioned_format(*text));
        REQUIRE_FALSE(pages.empty());
        REQUIRE_FALSE(pages[0].words.empty());
        const Word& w = pages[0].words[0];
        CHECK(w.text == "OCC01.02");
        // 300 px at 300 dpi (150 px at hOCR's 150 dpi) is 72 points
        CHECK(w.box.x0 == Approx(72));
        CHECK(w.box.y0 == Approx(144));
        CHECK(w.confidence < 1);
        CHECK(pages[0].width == Approx(842).margin(1));
    }
    CHECK(pages_from_positioned(hocr, PositionedFormat::hocr)[0].words[1].text == "R&D");
    // what `occx words` prints reads back: boxes in points, a text layer's words sure
    const std::string words =
        "page\tx0\ty0\tx1\ty1\tsize\trot\tconf\tfont\ttext\n"
        "1\t72.0\t144.0\t110.0\t152.0\t8.0\t0\t0.91\t\tOCC01.02\n"
        "2\t50.0\t60.0\t90.0\t70.0\t8.0\t0\t1.00\tArial\tLights\n";
    REQUIRE(detect_positioned_format(words) == PositionedFormat::words);
    auto read = pages_from_positioned(words, PositionedFormat::words);
    REQUIRE(read.size() == 2);
    CHECK(read[0].method == PageMethod::ocr);
    CHECK(read[1].method == PageMethod::text);
    CHECK(read[0].words[0].box.x0 == Approx(72));
    CHECK(read[0].words[0].confidence == Approx(0.91));
    CHECK(read[1].words[0].font == "Arial");
    CHECK(read[0].width == Approx(110 + 72));  // the left margin mirrored
    CHECK(pages_from_positioned(alto, PositionedFormat::alto).size() == 2);
}

TEST_CASE("words of a skewed scan's OCR are levelled before the table engine reads them", "[text][skew]") {
    // three lines of five words, each line sloping down 2% to the right (about 1.15 degrees)
    Page page;
    page.width = 1000;
    page.height = 800;
    for (int line = 0; line < 3; ++line)
        for (int i = 0; i < 5; ++i) {
            Word w;
            w.text = "w" + std::to_string(i);
            const double x = 100 + 180.0 * i, y = 200 + 40.0 * line + 0.02 * x;
            w.box = {x, y, x + 60, y + 12};
            page.words.push_back(w);
        }
    // too few pairs on a page this small for a measurement: more lines
    for (int line = 3; line < 12; ++line)
        for (int i = 0; i < 5; ++i) {
            Word w = page.words[size_t(i)];
            const double dy = 40.0 * line;
            w.box.y0 += dy;
            w.box.y1 += dy;
            page.words.push_back(w);
        }
    auto slope = text_slope(page);
    REQUIRE(slope);
    CHECK(*slope == Approx(0.02).margin(0.002));
    const double angle = level_words(page);
    CHECK(angle == Approx(1.146).margin(0.1));
    // a line's words now share one height
    CHECK(page.words[4].box.center_y() == Approx(page.words[0].box.center_y()).margin(1.0));
    CHECK(level_words(page) == 0);  // level already: nothing more to do
}

TEST_CASE("a text input's first pages, whose header OCR lost, are read under a later page's", "[text][layout]") {
    const std::string rows1 =
        "OCC01.01 Lights fitted       Jo Bloggs          5         10       Good progress made.\n"
        "with LED lanterns\n"
        "OCC01.02 Bins emptied        Al Smith           7         12       Behind target.\n"
        "on the day planned\n";
    const std::string rows2 =
        "OCC01.03 Roads mended        Ann Lee            8          9       Nearly there now.\n"
        "within a month\n"
        "OCC01.04 Trees planted       Bo Chan            3          4       On the way.\n"
        "in streets and parks\n";
    const std::string text =
        rows1 + "\f" + "Measure                      Director        Actual     Target     Comment\n" + rows2;
    ExtractOptions options;
    auto result = extract_bytes(text, "late-header.txt", options, repo_context());
    REQUIRE(result.records.size() == 4);
    CHECK(result.records[0].measure_id == "OCC01.01");
    // (four rows are too few to place the title's boundary surely: the values are what matter)
    REQUIRE(result.records[0].period.actual);
    CHECK(result.records[0].period.actual->raw == "5");
    REQUIRE(result.records[0].period.target);
    CHECK(result.records[0].period.target->raw == "10");
    CHECK(result.records[1].comment.value_or("") == "Behind target.");
    bool told = false;
    for (const auto& w : result.records[0].warnings) told = told || w.find("a later page's header") != std::string::npos;
    CHECK(told);
    // the header names no Status column: its lack is the only warning where the header was read
    REQUIRE(result.records[2].warnings.size() == 1);
    CHECK(result.records[2].warnings[0] == "period status: the table header shows no column for it");
}

TEST_CASE("a repeated header that one page read garbled is read as its other readings agree", "[text][layout]") {
    const std::string header = "Measure                      Director        Actual     Target     Comment\n";
    const std::string garbled = "Measure                      Director        Achial     Target     Comment\n";
    auto rows = [](const std::string& first, const std::string& second) {
        return first + " Lights fitted       Jo Bloggs          5         10       Good progress made.\n"
                       "with LED lanterns\n" +
               second + " Bins emptied        Al Smith           7         12       Behind target.\n"
                        "on the day planned\n";
    };
    const std::string text = garbled + rows("OCC01.01", "OCC01.02") + "\f" + header + rows("OCC01.03", "OCC01.04") +
                             "\f" + header + rows("OCC01.05", "OCC01.06");
    ExtractOptions options;
    auto result = extract_bytes(text, "garbled-header.txt", options, repo_context());
    REQUIRE(result.records.size() == 6);
    // "Achial" names no column: only the second pass, under the agreed header, reads page 1's actuals
    for (size_t i : {0, 1}) {
        REQUIRE(result.records[i].period.actual);
        CHECK(result.records[i].period.actual->raw == (i == 0 ? "5" : "7"));
    }
    const auto& notes = result.summary.notes;
    CHECK(std::any_of(notes.begin(), notes.end(),
                      [](const std::string& n) { return n.find("header their readings agree on") != std::string::npos; }));
}

TEST_CASE("a document is read again only where its header's readings disagree", "[text][header]") {
    Header h;
    h.columns = {Column{"measure", "Measure", 40, 70}, Column{"director", "Director", 150, 180},
                 Column{"period_actual", "Actual", 260, 290}, Column{"comment", "Comment", 450, 480}};
    CHECK_FALSE(header_to_read_again({h, h, h}, false));
    CHECK(header_to_read_again({h}, true));  // ids came before any header: read them under it
    Header garbled = h;
    garbled.columns[2].key.clear();
    auto again = header_to_read_again({garbled, h, h}, false);
    REQUIRE(again);
    CHECK(again->find("period_actual"));
    CHECK_FALSE(header_to_read_again({}, true));
}

TEST_CASE("a measure with no figure or status read says so, and is less sure", "[text][rows]") {
    // Fixed-width rows and no header to place their cells: each id still gives a record.
    const std::string text =
        "OCC02.01 Streetlights fitted          Jo Bloggs        12          10        Good progress.\n"
        "OCC02.02 Bins emptied                 Al Smith          5          10        Behind.\n";
    ExtractOptions options;
    auto result = extract_bytes(text, "headless.txt", options, repo_context());
    REQUIRE(result.records.size() == 2);
    for (const auto& r : result.records) {
        CHECK(std::find(r.warnings.begin(), r.warnings.end(), "no figure or status was read for this measure") !=
              r.warnings.end());
        CHECK(r.confidence < 1.0);
    }
}

TEST_CASE("values of several rows printed as one block are dealt out in row order", "[text][rows]") {
    // pdftotext without -layout prints neighbouring rows' value cells as one block when nothing
    // stands between them: OCC01.01's block holds OCC01.02's values too.
    auto row = [](const std::string& id, const std::string& title, const std::string& first,
                  const std::string& last, const std::string& holder, const std::string& values) {
        return id + " " + title + "\n\n" + first + "\n" + last + "\n\n" + holder + " Comment on " + id + ".\n\n" +
               values + "\n";
    };
    const std::string text =
        "Status of Indicators 31/07/2022\n"
        "OCC01  Put action to address the climate emergency\n\n"
        "Measure Director Portfolio Holder Comment Period Actual Period Target YTD Actual YTD Target\n" +
        row("OCC01.01", "Lights fitted", "Bill", "Cotton", "Cllr A Gant", "5\n10\n50\n100\n7\n12\n70\n120") +
        row("OCC01.02", "Bins emptied", "Al", "Smith", "Cllr B Jones", "") +
        row("OCC01.03", "Roads mended", "Ann", "Lee", "Cllr C Lowe", "8\n9\n80\n90") +
        row("OCC01.04", "Trees planted", "Bo", "Chan", "Cllr D Moss", "3\n4\n30\n40") +
        "\nPage 1\n\f";
    ExtractResult r = extract(text);
    REQUIRE(r.records.size() == 4);
    const Record& a = record(r, "OCC01.01");
    CHECK(raw(a.period.actual) == "5");
    CHECK(raw(a.ytd.target) == "100");
    for (const auto& w : a.warnings) CHECK(w.find("could not be assigned") == std::string::npos);
    const Record& b = record(r, "OCC01.02");
    CHECK(raw(b.period.actual) == "7");
    CHECK(raw(b.period.target) == "12");
    CHECK(raw(b.ytd.actual) == "70");
    CHECK(raw(b.ytd.target) == "120");
    CHECK(std::find(b.warnings.begin(), b.warnings.end(),
                    "values read from a block printed with OCC01.01's row: taken in row order") != b.warnings.end());
    CHECK(raw(record(r, "OCC01.03").ytd.target) == "90");
}

TEST_CASE("a block of values that is not whole rows' shares stays with its row, its surplus told", "[text][rows]") {
    auto row = [](const std::string& id, const std::string& values) {
        return id + " A measure\n\nJo\nBloggs\n\nCllr A Gant Comment on " + id + ".\n\n" + values + "\n";
    };
    const std::string text =
        "Status of Indicators 31/07/2022\n"
        "Measure Director Portfolio Holder Comment Period Actual Period Target YTD Actual YTD Target\n" +
        row("OCC01.01", "5\n10\n50\n100\n7\n12") + row("OCC01.02", "") + row("OCC01.03", "8\n9\n80\n90") +
        row("OCC01.04", "3\n4\n30\n40") + "\nPage 1\n\f";
    ExtractResult r = extract(text);
    REQUIRE(r.records.size() == 4);
    CHECK_FALSE(record(r, "OCC01.02").period.actual);
    size_t told = 0;
    for (const auto& w : record(r, "OCC01.01").warnings) told += w.find("could not be assigned") != std::string::npos;
    CHECK(told == 2);
}

TEST_CASE("a trend's arrow set a space before the status is no part of the name before it", "[text][layout]") {
    // Converters close up a row's empty space: some rows set the arrow and the status word a
    // single space apart, under the trend's label.
    const std::string text =
        "Status of Indicators 31/07/2022\n"
        "Measure                      Director        Trend       Status   Actual     Target\n"
        "OCC01.01 Lights fitted       Jo Bloggs            \u2191 GREEN         5         10\n"
        "OCC01.02 Bins emptied        Al Smith         \u2193 RED               7         12\n"
        "OCC01.03 Roads mended        Ann Lee            \u2191 AMBER           8          9\n"
        "OCC01.04 Trees planted       Bo Chan               \u2194 GREEN        3          4\n"
        "OCC01.05 Books lent          Cy Day            \u2191     GREEN        6          6\n";
    auto result = extract_as_file(text, "arrows.txt");
    REQUIRE(result.records.size() == 5);
    for (const auto& r : result.records) {
        INFO(r.measure_id);
        CHECK(r.director.value_or("").find(" ") == r.director.value_or("").rfind(" "));  // a first name and a surname
        CHECK(r.period.status.has_value());
        CHECK(r.trend.has_value());
    }
    const Record& b = result.records[1];
    CHECK(b.director == "Al Smith");
    CHECK(b.trend == "\u2193");
    CHECK(b.period.status == "RED");
}

TEST_CASE("a holder's title inside the director's cell starts the holder's cell, on its lines and those below",
          "[text][layout]") {
    // Converters close up space: on OCC01.01 the two name cells are a single space apart, so
    // both names fall under the Director label, line after line.
    const std::string text =
        "Status of Indicators 31/07/2022\n"
        "Measure                   Director      Lead Member        Actual     Target\n"
        "OCC01.01 Lights fitted    Catriona Cllr C                       5         10\n"
        "with LED lanterns         Northcott Greaves\n"
        "OCC01.02 Bins emptied     Jo Bloggs     Cllr A Gant             7         12\n"
        "on the day planned\n"
        "OCC01.03 Roads mended     Kirsty Ellwood Cllr                   8          9\n"
        "within a month                          R Bellamy\n"
        "OCC01.04 Trees planted    Bo Chan       Cllr D Moss             3          4\n";
    auto result = extract_as_file(text, "names.txt");
    REQUIRE(result.records.size() == 4);
    CHECK(result.records[0].director == "Catriona Northcott");
    CHECK(result.records[0].portfolio_holder == "Cllr C Greaves");
    CHECK(result.records[1].director == "Jo Bloggs");
    CHECK(result.records[1].portfolio_holder == "Cllr A Gant");
    CHECK(result.records[2].director == "Kirsty Ellwood");
    CHECK(result.records[2].portfolio_holder == "Cllr R Bellamy");
}

TEST_CASE("a footer is furniture however long its page, and the row's line above it is not", "[text][layout]") {
    // Each page of layout text is as long as its lines, so the footer keeps its distance from
    // the page's foot, not its y; its date falls under the Director label. Every page's last row
    // ends with the same line, as far from the foot, with the footer below it. (Pages of 30
    // lines and more: their foot band reaches that line.)
    const std::vector<std::string> surnames = {"Bloggs", "Smith", "Jones", "Brown", "Green", "Black"};
    // each line of a comment its own (digits read alike to the running lines' test), but the
    // last line of each page's last row: a sentence many rows share
    const std::vector<std::pair<int, int>> pages = {{2, 14}, {1, 28}, {3, 9}};  // rows, extra lines per row
    auto extra_of = [](size_t i) { return i < 2 ? 14 : i < 3 ? 28 : 9; };
    auto note = [&](size_t i, int k) {
        const bool last = (i == 1 || i == 2 || i == 5) && k + 1 == extra_of(i);
        return last ? std::string("We are working on it.")
                    : "About " + surnames[i] + " " + std::string(size_t(k) + 1, 'x') + ".";
    };
    auto row = [&](size_t i, int extra) {
        const std::string& name = surnames[i];
        std::string s = "OCC01.0" + std::to_string(i + 1) +
                        " Things counted         Jo          Cllr A             5         10   First line of\n" +
                        "in the month                    " + name + std::string(12 - name.size(), ' ') + name +
                        std::string(37 - name.size(), ' ') + "the comment.\n";
        for (int k = 0; k < extra; ++k) s += std::string(88, ' ') + note(i, k) + "\n";
        return s;
    };
    std::string text;
    size_t i = 0;
    for (size_t n = 0; n < pages.size(); ++n) {
        text += "Measure                         Director    Holder          Actual     Target   Comment\n";
        for (int r = 0; r < pages[n].first; ++r) text += row(i++, pages[n].second);
        text += "\nAnytown Council - Report -      June 2022" + std::string(40, ' ') + std::to_string(n + 1) + "\n\f";
    }
    auto result = extract_as_file(text, "footers.txt");
    REQUIRE(result.records.size() == 6);
    for (size_t k = 0; k < 6; ++k) {
        const Record& r = result.records[k];
        INFO(r.measure_id);
        CHECK(r.title == "Things counted in the month");
        CHECK(r.director == "Jo " + surnames[k]);
        const int extra = extra_of(k);
        std::string comment = "First line of the comment.";
        for (int e = 0; e < extra; ++e) comment += " " + note(k, e);
        CHECK(r.comment == comment);
    }
}

TEST_CASE("a priority's title printed alone at a page's top is no part of the row left open", "[text][layout]") {
    const std::string header = "Measure                         Director    Holder          Actual     Target   Comment\n";
    auto row = [](const std::string& id, const std::string& name, int extra) {
        std::string s = id + " Things counted          Jo          Cllr A             5         10   First line of\n" +
                        "in the month                    " + name + std::string(12 - name.size(), ' ') + name +
                        std::string(37 - name.size(), ' ') + "the comment.\n";
        for (int k = 0; k < extra; ++k)
            s += std::string(88, ' ') + "About " + name + " " + std::string(size_t(k) + 1, 'x') + ".\n";
        return s;
    };
    // The second page's running title names the section that starts on it, as its banner does.
    const std::string text = "OCC02 - Tackle inequalities\n\n" + header + row("OCC02.01", "Bloggs", 3) +
                             row("OCC02.02", "Smith", 30) + "\f" +
                             " Prioritise the health and wellbeing of residents\n"
                             "OCC03 - Prioritise the health and wellbeing of residents\n\n" +
                             header + row("OCC03.01", "Jones", 3) + row("OCC03.02", "Brown", 3) + "\f";
    auto result = extract_as_file(text, "titles.txt");
    REQUIRE(result.records.size() == 4);
    const std::vector<std::string> surnames = {"Bloggs", "Smith", "Jones", "Brown"};
    for (size_t k = 0; k < 4; ++k) {
        const Record& r = result.records[k];
        INFO(r.measure_id);
        CHECK(r.title == "Things counted in the month");
        CHECK(r.director == "Jo " + surnames[k]);
        CHECK(r.portfolio_holder == "Cllr A " + surnames[k]);
    }
    CHECK(result.records[2].priority_title == "Prioritise the health and wellbeing of residents");
}

namespace {

// A pdftotext block row: id and title, the director's names, the holder and comment, then the
// row's figures one per line (none when its figures were set elsewhere in the flow).
std::string stream_row(const std::string& id, const std::string& figures) {
    return id + " A measure\n\nJo\nBloggs\n\nCllr A Gant Comment on " + id + ".\n\n" + figures + "\n";
}

// The report's date line and a one-line header: the text columns, then these value columns.
std::string stream_header(const std::string& value_labels) {
    return "Status of Indicators 31/07/2022\nMeasure Director Portfolio Holder Comment " + value_labels + "\n";
}

const std::string kStreamHeader = stream_header("Period Actual Period Target YTD Actual YTD Target");

// The rows under the header, read as one page of pdftotext's flow.
ExtractResult read_stream_rows(std::initializer_list<std::string> rows, const std::string& header = kStreamHeader) {
    std::string text = header;
    for (const auto& row : rows) text += row;
    return extract(text + "\nPage 1\n\f");
}

// Five rows: OCC01.02 holds these figures, OCC01.01 and OCC01.03 none, the last two their own.
ExtractResult read_around_second_row(const std::string& second_figures) {
    return read_stream_rows({stream_row("OCC01.01", ""), stream_row("OCC01.02", second_figures),
                             stream_row("OCC01.03", ""), stream_row("OCC01.04", "3\n4\n30\n40"),
                             stream_row("OCC01.05", "6\n6\n60\n60")});
}

}  // namespace

TEST_CASE("figures set around a row's neighbours are dealt back in row order where the counts add up",
          "[text][rows]") {
    // OCC01.01's figures were set after OCC01.02's id, OCC01.03's before its own id.
    ExtractResult r = read_around_second_row("5\n10\n50\n100\n7\n12\n70\n120\n8\n9\n80\n90");
    REQUIRE(r.records.size() == 5);
    const Record& a = record(r, "OCC01.01");
    CHECK(raw(a.period.actual) == "5");
    CHECK(raw(a.ytd.target) == "100");
    CHECK(raw(record(r, "OCC01.02").period.actual) == "7");
    CHECK(raw(record(r, "OCC01.02").ytd.target) == "120");
    const Record& c = record(r, "OCC01.03");
    CHECK(raw(c.period.target) == "9");
    CHECK(raw(c.ytd.actual) == "80");
    CHECK(raw(record(r, "OCC01.04").ytd.target) == "40");
    for (const auto& w : record(r, "OCC01.02").warnings) CHECK(w.find("could not be assigned") == std::string::npos);
    CHECK(std::find(a.warnings.begin(), a.warnings.end(),
                    "figures printed away from the row's id: dealt to the rows around them in row order") !=
          a.warnings.end());
}

TEST_CASE("figures that do not add up to whole rows around a row stay where they were read", "[text][rows]") {
    ExtractResult r = read_around_second_row("5\n10\n50\n100\n7\n12\n70\n120\n8\n9");
    REQUIRE(r.records.size() == 5);
    CHECK_FALSE(record(r, "OCC01.01").period.actual);
    CHECK_FALSE(record(r, "OCC01.03").period.actual);
    CHECK(raw(record(r, "OCC01.02").period.actual) == "5");
    size_t told = 0;
    for (const auto& w : record(r, "OCC01.02").warnings) told += w.find("could not be assigned") != std::string::npos;
    CHECK(told == 6);
}

TEST_CASE("statuses printed as words go with the figures dealt back when every row's part holds its own",
          "[text][rows]") {
    const std::string header =
        stream_header("Period Actual Period Target Period Status YTD Actual YTD Target YTD Status");
    ExtractResult r = read_stream_rows({stream_row("OCC01.01", ""),
                                        stream_row("OCC01.02", "5\n10\nRED\n50\n100\nRED\n7\n7\nGREEN\n70\n70\nGREEN"),
                                        stream_row("OCC01.03", "3\n4\nAMBER\n30\n40\nAMBER"),
                                        stream_row("OCC01.04", "6\n6\nGREEN\n60\n60\nGREEN")},
                                       header);
    REQUIRE(r.records.size() == 4);
    const Record& a = record(r, "OCC01.01");
    CHECK(raw(a.period.actual) == "5");
    CHECK(str(a.period.status) == "RED");
    CHECK(str(a.ytd.status) == "RED");
    const Record& b = record(r, "OCC01.02");
    CHECK(raw(b.ytd.actual) == "70");
    CHECK(str(b.period.status) == "GREEN");
}

TEST_CASE("a row whose header labels stand over no figures takes its share of a neighbour's", "[text][rows]") {
    // The header's value labels fell inside OCC01.02's lines, with no figure under them.
    const std::string labelled = "OCC01.02 A measure\n\nPeriod Actual\n\nJo\nBloggs\n\n";
    ExtractResult r = read_stream_rows({stream_row("OCC01.01", ""), labelled,
                                        stream_row("OCC01.03", "5\n10\n50\n100\n7\n12\n70\n120\n8\n9\n80\n90"),
                                        stream_row("OCC01.04", "3\n4\n30\n40"),
                                        stream_row("OCC01.05", "6\n6\n60\n60")});
    REQUIRE(r.records.size() == 5);
    CHECK(raw(record(r, "OCC01.01").period.actual) == "5");
    CHECK(raw(record(r, "OCC01.02").period.actual) == "7");
    CHECK(raw(record(r, "OCC01.02").ytd.target) == "120");
    CHECK(raw(record(r, "OCC01.03").ytd.target) == "90");
}

TEST_CASE("a year on the line under a month name is the date's, not a figure", "[text][rows]") {
    // A timeframe cell ("By March 2025") wrapped before its year, above the row's figures.
    ExtractResult r = read_stream_rows({stream_row("OCC01.01", "By March\n2025\n\n5\n10\n50\n100"),
                                        stream_row("OCC01.02", "3\n4\n30\n40")});
    REQUIRE(r.records.size() == 2);
    const Record& a = record(r, "OCC01.01");
    CHECK(raw(a.period.actual) == "5");
    CHECK(raw(a.ytd.target) == "100");
    for (const auto& w : a.warnings) CHECK(w.find("2025") == std::string::npos);
}

TEST_CASE("a status glyph alone on its line after a row's text is the row's status", "[text][rows]") {
    const std::string header =
        stream_header("Period Status Period Actual Period Target YTD Status YTD Actual YTD Target");
    ExtractResult r = read_stream_rows({stream_row("OCC01.01", "▲\n\n5\n\n10\n\n●\n\n50\n\n100"),
                                        stream_row("OCC01.02", "★\n\n3\n\n3\n\n★\n\n30\n\n30")},
                                       header);
    REQUIRE(r.records.size() == 2);
    const Record& a = record(r, "OCC01.01");
    CHECK(str(a.period.status) == "RED");
    CHECK(str(a.ytd.status) == "AMBER");
    CHECK(raw(a.period.actual) == "5");
    CHECK(raw(a.ytd.target) == "100");
    CHECK(str(record(r, "OCC01.02").ytd.status) == "GREEN");
}

TEST_CASE("a header's group row flowed whole before its labels leaves them under the period first", "[text][rows]") {
    // pdftotext read the header's upper row (the groups) before the row of labels under them.
    const std::string header =
        "Status of Indicators 31/07/2022\n"
        "Period Performance\n\nMeasure\n\nDirector\n\nPortfolio Holder\n\nComment\n\nYTD Performance\n\n"
        "Actual\n\nTarget\n\nActual\n\nTarget\n\n";
    ExtractResult r = read_stream_rows(
        {stream_row("OCC01.01", "5\n10\n50\n100"), stream_row("OCC01.02", "3\n4\n30\n40")}, header);
    REQUIRE(r.records.size() == 2);
    const Record& a = record(r, "OCC01.01");
    CHECK(raw(a.period.actual) == "5");
    CHECK(raw(a.period.target) == "10");
    CHECK(raw(a.ytd.actual) == "50");
    CHECK(raw(a.ytd.target) == "100");
}

TEST_CASE("a row's first block of text is its comment, however narrow, after a unit's block", "[text][rows]") {
    // The holder and the unit stand in blocks of their own: the comment's block is not the row's
    // first, and its lines are no wider than an impact column's.
    const std::string row = "OCC01.01 A measure\n\nJo\nBloggs\n\nCllr A Gant\n\n#\n\n"
                            "The figure is ahead of target.\n\nNo financial impact.\n\n5\n10\n50\n100\n";
    ExtractResult r = read_stream_rows({row, stream_row("OCC01.02", "3\n4\n30\n40")});
    REQUIRE(r.records.size() == 2);
    const Record& a = record(r, "OCC01.01");
    CHECK(str(a.comment) == "The figure is ahead of target.");
    CHECK(str(a.finance_impact) == "No financial impact.");
    CHECK(str(a.unit) == "#");
    CHECK(raw(a.period.actual) == "5");
}

TEST_CASE("a block of one-letter lines is a word set vertically, not a status", "[text][rows]") {
    // A watermark's letters ("O" / "R") flowed between the row's cells.
    const std::string header =
        stream_header("Period Actual Period Target Period Status YTD Actual YTD Target YTD Status");
    ExtractResult r = read_stream_rows(
        {stream_row("OCC01.01", "5\n\n10\n\nO\nR\n\nGREEN\n\n50\n\n100\n\nAMBER"),
         stream_row("OCC01.02", "3\n\n3\n\nR\nA\n\n30\n\n30\n\nGREEN")},
        header);
    REQUIRE(r.records.size() == 2);
    const Record& a = record(r, "OCC01.01");
    CHECK(str(a.period.status) == "GREEN");
    CHECK(str(a.ytd.status) == "AMBER");
    for (const auto& w : a.warnings) CHECK(w.find("could not be assigned") == std::string::npos);
    // two status letters stacked are statuses still
    CHECK(str(record(r, "OCC01.02").period.status) == "RED");
}

namespace {

// The text columns' labels one block each, as pdftotext without -layout prints a header.
const std::string kTextLabelBlocks = "Status of Indicators 31/07/2022\nMeasure\n\nDirector\n\nPortfolio Holder\n\nComment\n\n";

}  // namespace

TEST_CASE("where the figure runs put the statuses decides the status columns, not where their labels flowed",
          "[text][rows]") {
    // The status labels' blocks came before the figures' labels; every row's run ends with its status.
    const std::string header = kTextLabelBlocks + "Status\n\nActual\n\nTarget\n\nStatus\n\nActual\n\nTarget\n\n";
    ExtractResult r = read_stream_rows({stream_row("OCC01.01", "5\n\n10\n\nRED\n\n50\n\n100\n\nAMBER"),
                                        stream_row("OCC01.02", "3\n\n3\n\nGREEN\n\n30\n\n30\n\nGREEN")},
                                       header);
    REQUIRE(r.records.size() == 2);
    const Record& a = record(r, "OCC01.01");
    CHECK(str(a.period.status) == "RED");
    CHECK(str(a.ytd.status) == "AMBER");
    CHECK(raw(a.period.target) == "10");
    CHECK(raw(a.ytd.actual) == "50");
    CHECK(str(record(r, "OCC01.02").period.status) == "GREEN");
}

TEST_CASE("a header line naming target and actual tells their order over the blocks read before it",
          "[text][rows]") {
    // The period's "Actual" block flowed first; the line under it kept the columns' order.
    const std::string header = kTextLabelBlocks + "Actual\nRAG\nTarget Actual RAG\n\n";
    ExtractResult r = read_stream_rows({stream_row("OCC01.01", "10\n5\n100\n50"), stream_row("OCC01.02", "4\n3\n40\n30")},
                                       header);
    REQUIRE(r.records.size() == 2);
    const Record& a = record(r, "OCC01.01");
    CHECK(raw(a.period.target) == "10");
    CHECK(raw(a.period.actual) == "5");
    CHECK(raw(a.ytd.target) == "100");
    CHECK(raw(record(r, "OCC01.02").ytd.actual) == "30");
}

TEST_CASE("value labels flowed after the first rows' text still give the value columns' order", "[text][rows]") {
    // pdftotext set the value labels among the second row's lines, after the first row's figures.
    const std::string second = "OCC01.02 A measure\n\nJo\nBloggs\n\nCllr A Gant Comment.\n\n"
                               "Target\n\nActual\n\nTarget\n\nActual\n\n4\n3\n40\n30\n";
    ExtractResult r = read_stream_rows({stream_row("OCC01.01", "10\n5\n100\n50"), second,
                                        stream_row("OCC01.03", "8\n9\n80\n90")},
                                       kTextLabelBlocks);
    REQUIRE(r.records.size() == 3);
    const Record& a = record(r, "OCC01.01");
    CHECK(raw(a.period.target) == "10");
    CHECK(raw(a.period.actual) == "5");
    CHECK(raw(record(r, "OCC01.03").ytd.actual) == "90");
}

TEST_CASE("figures flowed between the header and the first id are the first rows', in row order", "[text][rows]") {
    // The value column read before the id column: two rows' figures, then a banner, then the rows.
    const std::string header = kTextLabelBlocks + "Target\n\nActual\n\nTarget\n\nActual\n\n"
                               "10\n\n5\n\n100\n\n50\n\n4\n\n3\n\n40\n\n30\n\n"
                               "6\n\n6\n\n60\n\n60\n\n2\n\n2\n\n20\n\n20\n\n"
                               "OCC01 - Put action to address the climate emergency at the heart of our work\n";
    // the labels stand more than kHeaderLookback lines above the first id, blank lines counted
    ExtractResult r = read_stream_rows({stream_row("OCC01.01", ""), stream_row("OCC01.02", ""),
                                        stream_row("OCC01.05", ""), stream_row("OCC01.06", ""),
                                        stream_row("OCC01.03", "8\n9\n80\n90")},
                                       header);
    REQUIRE(r.records.size() == 5);
    CHECK(raw(record(r, "OCC01.06").ytd.target) == "20");
    const Record& a = record(r, "OCC01.01");
    CHECK(raw(a.period.target) == "10");
    CHECK(raw(a.period.actual) == "5");
    CHECK(raw(a.ytd.actual) == "50");
    CHECK(std::find(a.warnings.begin(), a.warnings.end(), "figures printed before the row's id: read as the row's") !=
          a.warnings.end());
    const Record& b = record(r, "OCC01.02");
    CHECK(raw(b.period.target) == "4");
    CHECK(raw(b.ytd.actual) == "30");
    CHECK_FALSE(b.warnings.empty());
    CHECK(raw(record(r, "OCC01.03").period.actual) == "9");
}

TEST_CASE("a Key's status glyphs before prose are no row's figures", "[text][rows]") {
    const std::string header = "Key\n\n▲\n\n●\n\nMisses target by significant margin\n\n" + kTextLabelBlocks +
                               "Actual\n\nTarget\n\nActual\n\nTarget\n\n";
    ExtractResult r = read_stream_rows({stream_row("OCC01.01", "5\n10\n50\n100")}, header);
    REQUIRE(r.records.size() == 1);
    const Record& a = record(r, "OCC01.01");
    CHECK_FALSE(a.period.status);
    CHECK_FALSE(a.ytd.status);
    CHECK(raw(a.period.actual) == "5");
}
