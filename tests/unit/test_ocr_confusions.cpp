// Word texts as Tesseract reads real report pages go through the shared normalisers: OCR's
// confusions are repaired by patterns, not by code.
#include <catch2/catch.hpp>
#include <tuple>

#include "normalize/fields.h"
#include "normalize/value_parser.h"
#include "ocr/ocr_page.h"
#include "table/banner_trail.h"
#include "table/id_sequence.h"
#include "table/line.h"
#include "test_helpers.h"

using namespace occx;

TEST_CASE("OCR'd measure and priority ids are repaired", "[ocr][confusions]") {
    const auto& pack = repo_patterns();
    for (auto [read, id] : std::vector<std::pair<const char*, const char*>>{
             {"0CC04.03", "OCC04.03"}, {"O0CC04.08", "OCC04.08"}, {"O0CC02.08", "OCC02.08"},
             {"0CC11.09", "OCC11.09"}, {"OCCO05.03", "OCC05.03"}, {"OCC01 .03", "OCC01.03"},
             {"/OCC01.08", "OCC01.08"}, {"|O CC02.08", "OCC02.08"}, {"OCC04,.06", "OCC04.06"},
             // OCR's text output: a cent sign for C, a copyright sign for O, a ruling's corner as a quote
             {"0¢C01.01 Number", "OCC01.01"}, {"‘0cC04.03", "OCC04.03"}, {"“OCCO1.01", "OCC01.01"},
             {"©CC02.09", "OCC02.09"}, {"‘occo2.14", "OCC02.14"}, {"O€CO3.04", "OCC03.04"},
             {"0CcC04.11", "OCC04.11"}, {"Occo2.( 05 Hours", "OCC02.05"}, {"OCCO4_08 Adults", "OCC04.08"}}) {
        INFO(read);
        auto m = leading_measure_id(read, pack);
        REQUIRE(m);
        CHECK(m->id == id);
    }
}

TEST_CASE("small print's letters for digits and a lost dot are read back at a row's start", "[ocr][confusions]") {
    const auto& pack = repo_patterns();
    for (auto [read, id] : std::vector<std::pair<const char*, const char*>>{
             {"OCC0B.04 Number", "OCC08.04"}, {"OCC1I.03", "OCC11.03"}, {"OCC08 02 % of committee", "OCC08.02"},
             {"OCCl0.02", "OCC10.02"}, {"OCCO0S.09", "OCC05.09"}, {"OCCOS.08 Number", "OCC05.08"},
             {"OCCOB.10", "OCC08.10"}, {"Occos 01 % of defects", "OCC05.01"}, {"“OCco1 03 Tonnes", "OCC01.03"}}) {
        INFO(read);
        auto m = leading_measure_id(read, pack);
        REQUIRE(m);
        CHECK(m->id == id);
    }
    size_t used = 0;
    REQUIRE(leading_measure_id("OCC08 02 % of", pack, &used));
    CHECK(used == 8);
    // a lost dot is accepted only where a row starts, never inside text
    CHECK_FALSE(find_measure_id("the OCC08 02 figures", pack));
    // letters alone are still no digits
    CHECK_FALSE(leading_measure_id("OCCB.IB", pack));
    CHECK_FALSE(leading_measure_id("OCCOS.IB", pack));
    // a priority of letters alone needs the zero before it
    CHECK_FALSE(leading_measure_id("OCCS.05", pack));
    CHECK_FALSE(leading_measure_id("OCC08 2024 figures", pack));
}

TEST_CASE("a row's id that cannot be read is told apart from no id", "[ocr][confusions]") {
    const auto& pack = repo_patterns();
    CHECK(unreadable_leading_id("OCCO.02 % of committee papers", pack) == std::optional<std::string>("OCCO.02"));
    CHECK(unreadable_leading_id("OCCIL12 Number of", pack) == std::optional<std::string>("OCCIL12"));
    CHECK_FALSE(unreadable_leading_id("Occupancy of sheltered housing 2024", pack));
    CHECK(unreadable_leading_id("OCC.B2I.0 x", pack) == std::nullopt);
    CHECK_FALSE(unreadable_leading_id("OCC08.02 % of committee papers", pack));
    CHECK_FALSE(unreadable_leading_id("OCC01 - Tackling the climate emergency", pack));
    CHECK_FALSE(unreadable_leading_id("Occupancy of sheltered housing", pack));
    // the measure's digits lost after the dot, every digit read as a letter, a stuttered priority
    CHECK(unreadable_leading_id("occil. % of", pack) == std::optional<std::string>("occil."));
    CHECK(unreadable_leading_id("OCCILAOA Average cash", pack) == std::optional<std::string>("OCCILAOA"));
    CHECK(unreadable_leading_id("OCCO0S5.08 Delivery", pack) == std::optional<std::string>("OCCO0S5.08"));
    // a banner whose spaces OCR lost is still a banner, and words are not ids
    CHECK_FALSE(unreadable_leading_id("OcC11-R unning the business", pack));
    CHECK_FALSE(unreadable_leading_id("OCC11 Running the business", pack));
    CHECK_FALSE(unreadable_leading_id("Occupied beds", pack));
}

TEST_CASE("OCR'd values with border characters and mangled n/a parse", "[ocr][confusions]") {
    const auto& pack = repo_patterns();
    auto value = [&](const char* text) {
        auto v = parse_value(text, pack);
        REQUIRE(v);
        return *v;
    };
    CHECK(value("|4.00").value == 4.0);
    CHECK(value("[618.00").value == 618.0);
    CHECK(value("(22,500").value == 22500.0);
    CHECK(value("4,250.53]").value == 4250.53);
    CHECK(value("79.42%|").value == 79.42);
    CHECK(value("79.42%|").kind == ValueKind::percent);
    for (const char* na : {"nia", "n'a", "nra", "n’a", "N/A"}) {
        INFO(na);
        CHECK(value(na).kind == ValueKind::not_applicable);
    }
    CHECK(value("nir").kind == ValueKind::not_reported);
    CHECK(value("“90.00%").value == 90.0);
    CHECK(value("6,500,").value == 6500.0);
}

TEST_CASE("OCR's readings of the n/a and n/r markers are written as printed", "[ocr][confusions]") {
    const auto& pack = repo_patterns();
    for (auto [read, printed, kind] : std::vector<std::tuple<const char*, const char*, ValueKind>>{
             {"nr", "n/r", ValueKind::not_reported}, {"nir", "n/r", ValueKind::not_reported},
             {"nia", "n/a", ValueKind::not_applicable}, {"n'a", "n/a", ValueKind::not_applicable},
             {"N/A", "N/A", ValueKind::not_applicable}, {"n/r", "n/r", ValueKind::not_reported}}) {
        INFO(read);
        auto v = parse_value(read, pack);
        REQUIRE(v);
        CHECK(v->raw == printed);
        CHECK(v->kind == kind);
    }
    CHECK(pack.apply_rewrites("values.marker_repair", "nr") == "n/r");
    CHECK(pack.apply_rewrites("values.marker_repair", "no risks") == "no risks");
}

TEST_CASE("OCR'd names and statuses are repaired", "[ocr][confusions]") {
    const auto& pack = repo_patterns();
    CHECK(normalise_name("Clir P Iyer", pack) == "Cllr P Iyer");
    CHECK(normalise_name("ClIr Sandoval", pack) == "Cllr Sandoval");
    CHECK(normalise_name("Cl1r Achebe", pack) == "Cllr Achebe");
    CHECK(normalise_name("Clir P lyer", pack) == "Cllr P Iyer");
    CHECK(normalise_name("Maria de la Cruz", pack) == "Maria de la Cruz");
    CHECK(normalise_name("ClirR Ashworth", pack) == "Cllr R Ashworth");
    CHECK(normalise_name("CilrO Northcott", pack) == "Cllr O Northcott");
    CHECK(normalise_name("ClilrA Lockhart", pack) == "Cllr A Lockhart");
    CHECK(normalise_name("Citr P Chaudhry", pack) == "Cllr P Chaudhry");
    CHECK(normalise_name("Cir G Dunmore", pack) == "Cllr G Dunmore");
    CHECK(normalise_name("Cr Dunmore", pack) == "Cr Dunmore");
    CHECK(normalise_name("Cllr 0 Radcliffe", pack) == "Cllr O Radcliffe");
    CHECK(normalise_name("Cllr 10 Downing", pack) == "Cllr 10 Downing");
    // a bracket read for an initial is dropped: which letter it was, nothing says
    CHECK(normalise_name("Cllr} Pennington", pack) == "Cllr Pennington");
    CHECK(normalise_name("Clir) Pennington", pack) == "Cllr Pennington");
    CHECK(parse_status("nia", pack) == "NA");
    CHECK(parse_status("n’a", pack) == "NA");
}

TEST_CASE("table rulings read as characters are dropped, dashes kept", "[ocr][confusions]") {
    std::vector<Word> words;
    for (const char* t : {"|", "4.00", "=", "__", "—", "]", "-", "[618.00", "¦", "_——", "—_—_—~", "--"})
        words.push_back({t, {}, "", 0, 0.5, 0});
    drop_noise_words(words, repo_patterns());
    std::vector<std::string> kept;
    for (const auto& w : words) kept.push_back(w.text);
    CHECK(kept == std::vector<std::string>{"4.00", "—", "-", "[618.00", "--"});
}

TEST_CASE("letters boxed far flatter than the page's words are a ruling, a flat dash is not", "[ocr][confusions]") {
    std::vector<Word> words;
    auto add = [&](const char* text, double height) { words.push_back({text, {0, 100, 20, 100 + height}, "", 0, 0.5, 0}); };
    for (const char* t : {"Number", "of", "street", "lights"}) add(t, 6.5);
    add("ae", 0.5);
    add("-", 1.0);
    add("a", 6.0);
    drop_flat_words(words);
    std::vector<std::string> kept;
    for (const auto& w : words) kept.push_back(w.text);
    CHECK(kept == std::vector<std::string>{"Number", "of", "street", "lights", "-", "a"});
}

TEST_CASE("a row id OCR misread is set right by the priority banner it is printed under", "[ocr][confusions]") {
    const auto& pack = repo_patterns();
    BannerTrail trail;
    trail.add(1, 100, "OCC02");
    trail.add(2, 300, "OCC11");
    CHECK_FALSE(trail.priority_at(1, 50));
    CHECK(trail.priority_at(1, 400) == std::optional<std::string>("OCC02"));
    CHECK(trail.priority_at(2, 200) == std::optional<std::string>("OCC02"));
    CHECK(trail.priority_at(3, 10) == std::optional<std::string>("OCC11"));
    CHECK(trail.highest_priority() == 11);
    // a priority beyond every banner's, one digit from the banner above the row
    auto read = leading_measure_id("OCC62.07 Number of", pack);
    REQUIRE(read);
    auto fixed = id_under_banner(*read, "OCC02", trail.highest_priority());
    REQUIRE(fixed);
    CHECK(fixed->id == "OCC02.07");
    CHECK(fixed->priority_id == "OCC02");
    // within the banners' range an id stays as read: the banner before it may be one OCR lost
    CHECK_FALSE(id_under_banner(*leading_measure_id("OCC02.02", pack), "OCC01", trail.highest_priority()));
    CHECK_FALSE(id_under_banner(*leading_measure_id("OCC12.02", pack), "OCC11", trail.highest_priority()));
    // two digits from the banner: nothing says which priority it is
    CHECK_FALSE(id_under_banner(*leading_measure_id("OCC57.01", pack), "OCC02", trail.highest_priority()));
    // rows are set right once the document is read, and say so
    std::vector<RowDraft> rows(2);
    rows[0].id = *leading_measure_id("OCC02.05", pack);
    rows[0].banner = "OCC02";
    rows[1].id = *read;
    rows[1].banner = "OCC02";
    rows[1].touch(3, Box{10, 10, 20, 20});
    auto taken = repair_ids_under_banners(rows, trail.highest_priority());
    CHECK(taken == std::map<std::string, std::string>{{"OCC62.07", "OCC02.07"}});
    CHECK(rows[0].id.id == "OCC02.05");
    CHECK(rows[1].id.id == "OCC02.07");
    REQUIRE(rows[1].warnings.size() == 1);
    CHECK(rows[1].warnings[0].find("page 3: measure id read as 'OCC62.07'") == 0);
}

namespace {

Page empty_ocr_page() {
    Page page;
    page.method = PageMethod::ocr;
    page.width = 800;
    page.height = 600;
    return page;
}

void add_word(Page& page, const char* text, Box box, double confidence) {
    Word w;
    w.text = text;
    w.box = box;
    w.confidence = confidence;
    page.words.push_back(w);
}

}  // namespace

TEST_CASE("a word OCR was unsure of is kept when it begins like an id", "[ocr][confusions]") {
    const auto& pack = repo_patterns();
    Page page = empty_ocr_page();
    auto add = [&](const char* text, double x, double conf) { add_word(page, text, {x, 100, x + 30, 110}, conf); };
    add("OCCIE.", 50, 0.19);
    add("01", 82, 0.9);
    add("~~", 120, 0.1);
    auto kept = content_words(page, pack);
    REQUIRE(kept.size() == 2);
    CHECK(kept[0].text == "OCCIE.");
    CHECK(unreadable_leading_id("OCCIE. 01 Forecast", pack) == std::optional<std::string>("OCCIE. 01"));
}

TEST_CASE("an id OCR split into two unsure words is kept, joined where only its letters read", "[ocr][confusions]") {
    const auto& pack = repo_patterns();
    Page page = empty_ocr_page();
    auto add = [&](const char* text, double x0, double x1, double y, double conf) {
        add_word(page, text, {x0, y, x1, y + 5}, conf);
    };
    add("0CC", 30.5, 42.5, 100, 0.0);  // pieces a letter space apart: one word
    add("10.05", 43.7, 56.2, 100, 0.0);
    add("OCC0B", 25.7, 45.6, 200, 0.4);  // pieces a word space apart that read as an id with it
    add("04", 48.0, 54.7, 200, 0.1);
    add("0CC", 30.5, 42.5, 300, 0.0);  // a column's width apart: no id, and too unsure to keep
    add("10.05", 80.0, 92.5, 300, 0.0);
    std::vector<std::string> kept;
    for (const auto& w : content_words(page, pack)) kept.push_back(w.text);
    CHECK(kept == std::vector<std::string>{"0CC10.05", "OCC0B", "04"});
    CHECK(leading_measure_id("OCC0B 04", pack)->id == "OCC08.04");
    // a text layer's words are as printed
    page.method = PageMethod::text;
    for (auto& w : page.words) w.confidence = 1;
    CHECK(content_words(page, pack).size() == page.words.size());
}

TEST_CASE("an OCR'd id out of order is the one id a changed digit puts in order", "[ocr][confusions]") {
    const std::map<std::string, int> none;
    CHECK(ids_in_order_between("OCC03.67", "OCC03.04", "OCC03.10", none) == std::vector<std::string>{"OCC03.07"});
    CHECK(ids_in_order_between("OCC88.02", "OCC08.01", "OCC08.04", none) == std::vector<std::string>{"OCC08.02"});
    CHECK(ids_in_order_between("OCC06.02", "OCC07.06", "OCC10.02", none) ==
          std::vector<std::string>{"OCC08.02", "OCC09.02"});
    CHECK(ids_in_order_between("OCC03.67", "OCC03.04", "OCC03.10", {{"OCC03.07", 1}}).empty());
    auto rows_of = [](std::vector<std::string> ids, bool ocr) {
        std::vector<RowDraft> rows(ids.size());
        for (size_t i = 0; i < ids.size(); ++i) {
            rows[i].id = MeasureId{ids[i], ids[i].substr(0, 5)};
            rows[i].touch(2, Box{10, 10.0 * double(i), 20, 10.0 * double(i) + 5});
            if (ocr) rows[i].ocr_pages.insert(2);
        }
        return rows;
    };
    auto rows = rows_of({"OCC03.01", "OCC03.04", "OCC03.67", "OCC03.10", "OCC03.12", "OCC06.02", "OCC07.01"}, true);
    auto taken = repair_ids_out_of_order(rows);
    CHECK(taken == std::map<std::string, std::string>{{"OCC03.67", "OCC03.07"}});
    CHECK(rows[2].id.id == "OCC03.07");
    CHECK(rows[2].id.priority_id == "OCC03");
    REQUIRE(rows[2].warnings.size() == 1);
    CHECK(rows[2].warnings[0].find("page 2: measure id read as 'OCC03.67', out of order between OCC03.04 and OCC03.10") == 0);
    // in order: kept, without a word
    CHECK(rows[5].warnings.empty());
    // several fit: kept as read, with what fits named
    rows = rows_of({"OCC03.01", "OCC03.04", "OCC07.06", "OCC06.02", "OCC10.02", "OCC10.05"}, true);
    CHECK(repair_ids_out_of_order(rows).empty());
    CHECK(rows[3].id.id == "OCC06.02");
    REQUIRE(rows[3].warnings.size() == 1);
    CHECK(rows[3].warnings[0].find("it may be OCC08.02 or OCC09.02") != std::string::npos);
    // a text layer's ids are as printed, and a document in some other order is left alone
    rows = rows_of({"OCC03.01", "OCC03.04", "OCC03.67", "OCC03.10", "OCC03.12"}, false);
    CHECK(repair_ids_out_of_order(rows).empty());
    rows = rows_of({"OCC05.01", "OCC03.04", "OCC01.67", "OCC03.10", "OCC02.12", "OCC01.01"}, true);
    CHECK(repair_ids_out_of_order(rows).empty());
    CHECK(rows[2].warnings.empty());
}
