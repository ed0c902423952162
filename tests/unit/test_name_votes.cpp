#include <catch2/catch.hpp>

#include "table/name_votes.h"
#include "util/text.h"

using namespace occx;

namespace {

Record ocr_record(const char* id, const char* director, const char* holder) {
    Record r;
    r.measure_id = id;
    r.source.method = "ocr";
    if (*director) r.director = director;
    if (*holder) r.portfolio_holder = holder;
    return r;
}

}  // namespace

TEST_CASE("edit distance counts insertions, deletions and substitutions", "[util]") {
    CHECK(edit_distance("", "") == 0);
    CHECK(edit_distance("Tremiett", "Tremlett") == 1);
    CHECK(edit_distance("Cllr DB Greaves", "Cllr D Greaves") == 1);
    CHECK(edit_distance("abc", "") == 3);
    CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("an OCR'd name read whole on more rows settles a slip or a lost word", "[names]") {
    std::vector<Record> rs{ocr_record("OCC01.01", "Yasmin Tremlett", "Cllr D Greaves"),
                           ocr_record("OCC01.02", "Yasmin Tremlett", "Cllr D Greaves"),
                           ocr_record("OCC01.03", "Yasmin Tremiett", "Cllr Greaves"),
                           ocr_record("OCC01.04", "Kirsty Chaudhry", "Cllr A Ellwood"),
                           ocr_record("OCC01.05", "Kirsty Chaudhry", "Cllr A Ellwood"),
                           ocr_record("OCC01.06", "Kirsty", "Cllr A Elwood")};
    settle_names_by_vote(rs);
    CHECK(rs[2].director == "Yasmin Tremlett");
    CHECK(rs[2].portfolio_holder == "Cllr D Greaves");
    CHECK(rs[5].director == "Kirsty Chaudhry");
    CHECK(rs[5].portfolio_holder == "Cllr A Ellwood");
    REQUIRE(rs[2].warnings.size() == 2);
    CHECK(rs[2].warnings[0] == "director read as 'Yasmin Tremiett': taken as 'Yasmin Tremlett', as the document "
                               "prints it on 2 other rows");
    CHECK(rs[0].warnings.empty());
}

TEST_CASE("a name reading that fits two names, or none surely, is kept", "[names]") {
    std::vector<Record> rs{ocr_record("OCC01.01", "Tobias Northcott", "Cllr A Bell"),
                           ocr_record("OCC01.02", "Tobias Northcott", "Cllr A Bell"),
                           ocr_record("OCC01.03", "Tobias", "Cllr A Bull"),
                           ocr_record("OCC01.04", "Tobias Ashdown", "Cllr A Bull"),
                           ocr_record("OCC01.05", "Tobias Ashdown", "Cllr T Bell"),
                           ocr_record("OCC01.06", "Rhian Fairbairn", ""),
                           ocr_record("OCC01.07", "Rhian Fairbairn", "Cllr DB Bell"),
                           ocr_record("OCC01.08", "Rhian Fairbairn October 2022", "")};
    auto before = rs;
    settle_names_by_vote(rs);
    CHECK(rs[2].director == "Tobias");                // two fuller names hold it
    CHECK(rs[2].portfolio_holder == "Cllr A Bull");   // a name printed as often is no slip of the other
    CHECK(rs[4].portfolio_holder == "Cllr T Bell");   // another initial: maybe another councillor
    CHECK(rs[6].portfolio_holder == "Cllr DB Bell");
    CHECK(rs[7].director == "Rhian Fairbairn October 2022");  // more words, but not a name's
    CHECK(rs[5].director == "Rhian Fairbairn");                // a reading on fewer rows is no fuller name
    for (const auto& r : rs) CHECK(r.warnings.empty());
}

TEST_CASE("a name read short on several rows is kept: it may be another name cut the same way", "[names]") {
    std::vector<Record> rs{ocr_record("OCC01.01", "", "Cllr D Greaves"), ocr_record("OCC01.02", "", "Cllr D Greaves"),
                           ocr_record("OCC01.03", "", "Cllr D Greaves"), ocr_record("OCC01.04", "", "Cllr D"),
                           ocr_record("OCC01.05", "", "Cllr D")};
    settle_names_by_vote(rs);
    CHECK(rs[3].portfolio_holder == "Cllr D");
    CHECK(rs[4].portfolio_holder == "Cllr D");
}

TEST_CASE("names read from a text layer or a text input are as printed", "[names]") {
    std::vector<Record> rs{ocr_record("OCC01.01", "", "Cllr D Greaves"), ocr_record("OCC01.02", "", "Cllr D Greaves"),
                           ocr_record("OCC01.03", "", "Cllr Greaves")};
    for (const char* method : {"text", "plain"}) {
        auto read = rs;
        for (auto& r : read) r.source.method = method;
        settle_names_by_vote(read);
        CHECK(read[2].portfolio_holder == "Cllr Greaves");
    }
    settle_names_by_vote(rs);
    CHECK(rs[2].portfolio_holder == "Cllr D Greaves");
}
