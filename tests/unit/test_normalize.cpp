#include <catch2/catch.hpp>

#include "normalize/fields.h"
#include "normalize/ocr_figures.h"
#include "normalize/report_meta.h"
#include "normalize/value_parser.h"
#include "test_helpers.h"

using namespace occx;

namespace {

Value parsed(const char* text) {
    auto v = parse_value(text, repo_patterns());
    REQUIRE(v.has_value());
    return *v;
}

}  // namespace

TEST_CASE("values parse per the record schema", "[normalize]") {
    CHECK(parsed("1,247").value == 1247.0);
    CHECK(parsed("1,247").kind == ValueKind::number);
    CHECK(parsed("57.95%").value == 57.95);
    CHECK(parsed("57.95%").kind == ValueKind::percent);
    CHECK(parsed("£620,046").value == 620046.0);
    CHECK(parsed("£620,046").kind == ValueKind::money);
    CHECK(parsed("(-1.4)").value == -1.4);
    CHECK(parsed("(1.4)").value == -1.4);
    CHECK(parsed("-0.50").value == -0.5);
    CHECK(parsed("n/a").kind == ValueKind::not_applicable);
    CHECK(parsed("n/r").kind == ValueKind::not_reported);
    CHECK(parsed("Slightly behind schedule").kind == ValueKind::text);
    CHECK_FALSE(parsed("Slightly behind schedule").value.has_value());
}

TEST_CASE("malformed numbers are kept raw with a warning", "[normalize]") {
    std::vector<std::string> warnings;
    auto v = parse_value("£292,000,00", repo_patterns(), &warnings, "period actual");
    REQUIRE(v);
    CHECK(v->kind == ValueKind::malformed);
    CHECK_FALSE(v->value.has_value());
    CHECK(v->raw == "£292,000,00");
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find("£292,000,00") != std::string::npos);
}

TEST_CASE("OCR border characters glued to numbers are repaired", "[normalize]") {
    CHECK(parsed("|4.00").value == 4.0);
    CHECK(parsed("[618.00").value == 618.0);
    CHECK(parsed("(22,500").value == 22500.0);
    CHECK(parsed("nia").kind == ValueKind::not_applicable);
    CHECK(parsed("n'a").kind == ValueKind::not_applicable);
}

TEST_CASE("empty cells give no value", "[normalize]") {
    CHECK_FALSE(parse_value("  ", repo_patterns()).has_value());
}

TEST_CASE("mangled measure ids are repaired", "[normalize]") {
    const auto& pack = repo_patterns();
    for (auto [printed, id] : std::vector<std::pair<const char*, const char*>>{
             {"0OCC01.02 Total", "OCC01.02"}, {"OCCO1.02", "OCC01.02"}, {"0CC02.03 x", "OCC02.03"},
             {"CC04.03 % Section", "OCC04.03"}, {"OCCO03.09 No of", "OCC03.09"},
             {"OCC10.04", "OCC10.04"}, {"OCC9.02", "OCC09.02"}, {"/OCC01.08 Kg", "OCC01.08"},
             {"|OCC02.08", "OCC02.08"}, {"|O CC02.08 Visits", "OCC02.08"},
             // a watermark's letters that layout text set against the id
             {"DROCC11.15 % of", "OCC11.15"}, {"TOCC02.01", "OCC02.01"},
             // OCR's shapes for O and C at a row's start, a priority's leading zero among them
             {"(0002.05 Hours of", "OCC02.05"}, {"0GC02.09", "OCC02.09"}, {"oce11.04 Number", "OCC11.04"},
             {"0¢011.01", "OCC11.01"}, {"‘007.21 Sites", "OCC07.21"}, {"(0010.05", "OCC10.05"}}) {
        auto m = leading_measure_id(printed, pack);
        REQUIRE(m);
        CHECK(m->id == id);
        CHECK(m->priority_id == std::string(id).substr(0, 5));
    }
    CHECK_FALSE(leading_measure_id("Total No. of streetlights", pack));
    CHECK_FALSE(leading_measure_id("DRAFT OCC11.15", pack));  // only letters glued to the id
    // an id stands alone: a longer number or a glued word is something else
    CHECK_FALSE(leading_measure_id("OCC01.025 units", pack));
    CHECK_FALSE(leading_measure_id("OCC01.02x", pack));
    // letters that only look like an id are no id: every digit read as a letter, or glued in a word
    CHECK_FALSE(leading_measure_id("cco.oo", pack));
    CHECK_FALSE(leading_measure_id("000.05 tonnes", pack));  // no priority 00
    CHECK_FALSE(leading_measure_id("(02.05)", pack));        // a figure in brackets
    CHECK_FALSE(leading_measure_id("Cc 12.50", pack));
    CHECK_FALSE(find_measure_id("Acc1.50 of the total", pack));
    CHECK(find_measure_id("See OCC7.02 for more", pack)->id == "OCC07.02");
}

TEST_CASE("statuses from words, glyphs and markers", "[normalize]") {
    const auto& pack = repo_patterns();
    CHECK(parse_status("GREEN", pack) == "GREEN");
    CHECK(parse_status("Amber", pack) == "AMBER");
    CHECK(parse_status("★", pack) == "GREEN");
    CHECK(parse_status("●", pack) == "AMBER");
    CHECK(parse_status("▲", pack) == "RED");
    CHECK(parse_status("n/a", pack) == "NA");
    CHECK(parse_status("n/r", pack) == "NR");
    CHECK_FALSE(parse_status("", pack));
    CHECK_FALSE(parse_status("Blue", pack));
}

TEST_CASE("a status cell names its status amid OCR's specks; misread markers are read back", "[normalize]") {
    const auto& pack = repo_patterns();
    CHECK(status_amid_noise("eo GREEN", pack, true) == "GREEN");
    CHECK(status_amid_noise("[AMBER]", pack, false) == "AMBER");
    CHECK(status_amid_noise("‘AMBER.", pack, true) == "AMBER");
    CHECK(status_amid_noise("RED RAG", pack, false) == "RED");
    CHECK(status_amid_noise("A GREEN", pack, true) == "GREEN");  // a lone letter is a mark, not AMBER
    CHECK_FALSE(status_amid_noise("56.92% A", pack, true));
    CHECK_FALSE(status_amid_noise("GREEN AMBER", pack, true));   // two statuses: neither
    CHECK_FALSE(status_amid_noise("the figure was red last month", pack, false));  // another column's text
    // OCR's misreadings of markers, in OCR'd cells only
    CHECK(status_amid_noise("nla", pack, true) == "NA");
    CHECK(status_amid_noise("Wa", pack, true) == "NA");
    CHECK(status_amid_noise("va", pack, true) == "NA");
    CHECK(status_amid_noise("wr", pack, true) == "NR");
    CHECK(status_amid_noise("*", pack, true) == "GREEN");
    CHECK(status_amid_noise("* *", pack, true) == "GREEN");
    CHECK_FALSE(status_amid_noise("Wa", pack, false));
    CHECK_FALSE(status_amid_noise("*", pack, false));
    CHECK(parse_status("NA", pack) == "NA");
}

TEST_CASE("OCR misreadings of Cllr are repaired", "[normalize]") {
    const auto& pack = repo_patterns();
    CHECK(normalise_name("Clir A  Gant", pack) == "Cllr A Gant");
    CHECK(normalise_name("ClIr N\nFawcett", pack) == "Cllr N Fawcett");
    CHECK(normalise_name("Cllr P Sudbury", pack) == "Cllr P Sudbury");
    CHECK(normalise_name("Paul Fermer", pack) == "Paul Fermer");
}

TEST_CASE("an initial I that OCR read as an upright stroke is repaired", "[normalize]") {
    const auto& pack = repo_patterns();
    CHECK(normalise_name("Clirt Northcott", pack) == "Cllr I Northcott");
    CHECK(normalise_name("Cllr t Chaudhry", pack) == "Cllr I Chaudhry");
    CHECK(normalise_name("Cllr! Chaudhry", pack) == "Cllr I Chaudhry");
    CHECK(normalise_name("Cllr T Bellamy", pack) == "Cllr T Bellamy");
    CHECK(normalise_name("Cllr t", pack) == "Cllr t");  // no surname: nothing says it was an initial
}

TEST_CASE("an initial read in its lower case is its capital", "[normalize]") {
    const auto& pack = repo_patterns();
    CHECK(normalise_name("Clirc Ingram", pack) == "Cllr C Ingram");
    CHECK(normalise_name("Cllr c", pack) == "Cllr C");
    CHECK(normalise_name("Cllr o Sefton", pack) == "Cllr O Sefton");
    CHECK(normalise_name("Cire Tremlett", pack) == "Cire Tremlett");  // an e is no E's shape: left as read
}

TEST_CASE("a bracket glued to an initial is dropped", "[normalize]") {
    const auto& pack = repo_patterns();
    CHECK(normalise_name("Cllr J) Greaves", pack) == "Cllr J Greaves");
    CHECK(normalise_name("Cllr J]", pack) == "Cllr J");
}

TEST_CASE("a watermark's letters or a rule's dash after a name are no part of it", "[normalize]") {
    const auto& pack = repo_patterns();
    CHECK(normalise_name("Lorcan Fairbairn H I R D S", pack) == "Lorcan Fairbairn");
    CHECK(normalise_name("Cllr C Northcott C I", pack) == "Cllr C Northcott");
    CHECK(normalise_name("Eleanor Greaves -", pack) == "Eleanor Greaves");
    CHECK(normalise_name("Cllr A", pack) == "Cllr A");  // its surname missing, not its initial stray
    CHECK(normalise_name("J Smith", pack) == "J Smith");
    CHECK(normalise_name("Smith R", pack) == "Smith R");  // one word would be left: kept as read
}

TEST_CASE("report periods from the ways reports state them", "[normalize]") {
    const auto& pack = repo_patterns();
    auto p = find_report_period("Status of Indicators\t31/07/2024", pack);
    CHECK(p.period_end == "2024-07-31");
    CHECK_FALSE(p.period_start);
    p = find_report_period("## FROM 01-APR-2024 TO 30-NOV-2024", pack);
    CHECK(p.period_start == "2024-04-01");
    CHECK(p.period_end == "2024-11-30");
    p = find_report_period("BUSINESS MANAGEMENT AND MONITORING REPORT\nNOVEMBER 2024", pack);
    CHECK(p.period_end == "2024-11-30");
    CHECK_FALSE(find_report_period("nothing here", pack).period_end);
    CHECK(find_report_period("Position as at 31/08/2022", pack).period_end == "2022-08-31");
    CHECK(find_report_period("intro\nData as at 30 November 2022\n", pack).period_end == "2022-11-30");
    // prose that mentions a date "as at" is no date stamp
    CHECK_FALSE(find_report_period("the balance as at 31 March 2024 was higher", pack).period_end);
}

TEST_CASE("priority banners, but not measure rows", "[normalize]") {
    const auto& pack = repo_patterns();
    auto b = parse_priority_banner("OCC04 - Support carers and the social care system", pack);
    REQUIRE(b);
    CHECK(b->priority_id == "OCC04");
    CHECK(b->title == "Support carers and the social care system");
    b = parse_priority_banner("OCC01  Put action to address the climate emergency", pack);
    REQUIRE(b);
    CHECK(b->priority_id == "OCC01");
    CHECK_FALSE(parse_priority_banner("OCC01.02 Total No. of streetlights", pack));
    // OCR's reading of a banner: a ruling's corner as a quote, letters in lower case, the dash lost
    b = parse_priority_banner("\xE2\x80\x98OCco1 Put action to address the climate emergency", pack);
    REQUIRE(b);
    CHECK(b->priority_id == "OCC01");
    CHECK(b->title == "Put action to address the climate emergency");
    CHECK_FALSE(parse_priority_banner("\xE2\x80\x98OCco1.04 Number of public charge points", pack));
    b = parse_priority_banner("Occos - Invest in an inclusive transport network", pack);
    REQUIRE(b);
    CHECK(b->priority_id == "OCC05");
    b = parse_priority_banner("GCCO3 - Prioritise the health of residents", pack);
    REQUIRE(b);
    CHECK(b->priority_id == "OCC03");
    CHECK_FALSE(parse_priority_banner("OCC08 02 Number of visits", pack));
    CHECK_FALSE(parse_priority_banner("Occasionally the figures are late", pack));
}

TEST_CASE("a figure OCR garbled is read as the figure it stands for", "[normalize]") {
    auto fixed = [](const char* text) { return repair_ocr_figure(text).value_or("(unchanged)"); };
    // separators read as one another, set by their groups
    CHECK(fixed("2.400 00") == "2,400.00");
    CHECK(fixed("1.260.00") == "1,260.00");
    CHECK(fixed("1,152.409.00") == "1,152,409.00");
    CHECK(fixed("\xC2\xA3" "308.075.077") == "\xC2\xA3" "308,075,077");
    CHECK(fixed("27,568,921 46)") == "27,568,921.46");
    // spaces inside a figure
    CHECK(fixed("484. 00") == "484.00");
    CHECK(fixed("3, 080. 00") == "3,080.00");
    CHECK(fixed("314 00") == "314.00");
    // a cell's border and specks after the figure
    CHECK(fixed("45.59)") == "45.59");
    CHECK(fixed("61.50]") == "61.50");
    CHECK(fixed("1,820.00 eee") == "1,820.00");
    CHECK(fixed("100.00% \u2014 ss") == "100.00%");
    CHECK(fixed("116.31 \u2014\u2014") == "116.31");
    CHECK(fixed("\u2014\u2014 28.00") == "28.00");
    CHECK(fixed("\"2,212.00") == "2,212.00");
    CHECK(fixed("81 eee, eee") == "81");
    // letters and signs read for digits
    CHECK(fixed("\xC2\xA3" "242,15S \u2014") == "\xC2\xA3" "242,155");
    CHECK(fixed("$7.57") == "57.57");
    CHECK(fixed("1O4") == "104");
    // what may be printed so is left alone
    CHECK(fixed("2.023") == "(unchanged)");
    CHECK(fixed("(1.5)") == "(unchanged)");
    CHECK(fixed("12 months") == "(unchanged)");
    CHECK(fixed("Delivering to plan") == "(unchanged)");
    CHECK(fixed("\u2014 Slightly behind schedule") == "(unchanged)");
    CHECK(fixed("12 days") == "(unchanged)");
    CHECK(fixed("1,604 (-0.5)") == "(unchanged)");
    CHECK(fixed("00 106. 00") == "00 106.00");
}
