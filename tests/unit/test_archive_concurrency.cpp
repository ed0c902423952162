// What makes concurrent writers safe: revisions placed by a rule, not by arrival; the same
// archive whichever format of a report comes first; findings dropped when their history
// changes and stored once; conflicts retried a bounded number of times.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "archive/retry.h"
#include "test_archive_support.h"

using namespace occx;
using namespace occx::test;

namespace {

ReportEntry august(const std::string& file) {
    return make_report(file, "2024-08-31",
                       {make_record("OCC01.02", "Total No. of streetlights fitted with LED Lanterns", 260),
                        make_record("OCC02.03", "Number of physical visits to Libraries", 95)});
}

std::map<std::string, int> revisions_of(ArchiveStore& store) {
    std::map<std::string, int> out;
    store.database().query("SELECT file_name, revision FROM reports", {}, [&](const SqlRow& row) {
        out[row[0].value_or("")] = std::stoi(row[1].value_or("0"));
    });
    return out;
}

}  // namespace

TEST_CASE("revisions of a period follow the documents' dates, whatever order they arrive in", "[archive]") {
    std::vector<ReportEntry> files = {august("aug-a.pdf"), august("aug-b.pdf"), august("aug-c.pdf")};
    files[0].file_time = "2024-09-01T00:00:00.000000003Z";  // the newest file...
    files[1].file_time = "2024-09-01T00:00:00.000000001Z";
    files[2].file_time = "2024-09-01T00:00:00.000000002Z";
    files[1].document_date = "2024-09-02T00:00:00Z";  // ...but b says when it was made: after both
    const std::map<std::string, int> expected = {{"aug-c.pdf", 1}, {"aug-a.pdf", 2}, {"aug-b.pdf", 3}};
    std::vector<int> order = {0, 1, 2};
    do {
        TempDir dir;
        ArchiveStore store(empty_database(dir));
        for (int i : order) REQUIRE(store.store_report(files[static_cast<size_t>(i)]).stored);
        INFO("arrival " << order[0] << order[1] << order[2]);
        CHECK(revisions_of(store) == expected);
        ObservationQuery latest{"OCC01.02", false, false};
        CHECK(observations_of(store, latest).at(0).file_name == "aug-b.pdf");
    } while (std::next_permutation(order.begin(), order.end()));
}

TEST_CASE("a late file that sorts first says which revision it comes before", "[archive]") {
    TempDir dir;
    ArchiveStore store(empty_database(dir));
    ReportEntry later = august("aug-new.pdf"), earlier = august("aug-old.pdf");
    later.file_time = "2024-09-02T00:00:00.000000000Z";
    earlier.file_time = "2024-09-01T00:00:00.000000000Z";
    store.store_report(later);
    StoreOutcome out = store.store_report(earlier);
    CHECK(out.revision == 1);
    CHECK(out.superseded_by == std::optional<std::string>("aug-new.pdf"));
    CHECK_FALSE(out.supersedes);
}

TEST_CASE("a PDF and its converter text leave the same archive in either order", "[archive]") {
    for (bool text_first : {true, false}) {
        TempDir dir;
        ArchiveStore store(empty_database(dir));
        ReportEntry pdf = august("aug.pdf"), text = august("aug.txt");
        StoreOutcome first = store.store_report(text_first ? text : pdf);
        StoreOutcome second = store.store_report(text_first ? pdf : text);
        INFO("text first: " << text_first);
        CHECK(revisions_of(store) == std::map<std::string, int>{{"aug.pdf", 1}});
        CHECK(store.counts().observations == 2);
        if (text_first) CHECK(second.replaced == std::vector<std::string>{"aug.txt"});
        else CHECK(second.same_content_as == std::optional<std::string>("aug.pdf"));
        CHECK(first.stored);
    }
}

TEST_CASE("storing an earlier month drops the findings of later ones, and validation stores once", "[archive]") {
    TempDir dir;
    ArchiveStore store(empty_database(dir));
    ReportEntry aug = august("aug.pdf");
    StoreOutcome stored = store.store_report(aug);
    auto one_finding = [] { return std::vector<Finding>{{Severity::info, "test-rule", "", "aug.pdf", {}, "seen"}}; };
    CHECK(store.validate_once(stored.report_id, one_finding));
    CHECK_FALSE(store.validate_once(stored.report_id, one_finding));  // someone validated it already
    CHECK(store.counts().findings == 1);
    store.store_report(make_report("sep.pdf", "2024-09-30", {make_record("OCC01.02", "Streetlights", 1)}));
    CHECK(store.counts().findings == 1);  // a later month changes nothing earlier
    store.store_report(make_report("jul.pdf", "2024-07-31", {make_record("OCC01.02", "Streetlights", 1)}));
    CHECK(store.counts().findings == 0);  // August's history changed: validate it again
    CHECK(store.validate_once(stored.report_id, one_finding));
    CHECK_FALSE(store.validate_once(stored.report_id + 1000, one_finding));  // no such report
}

TEST_CASE("a conflicting write is retried, a bounded number of times", "[archive]") {
    int tries = 0;
    with_write_retries("x", [&] {
        if (++tries < 3) throw WriteConflict("deadlock detected");
    });
    CHECK(tries == 3);
    tries = 0;
    CHECK_THROWS_WITH(with_write_retries("x.pdf", [&] {
                          ++tries;
                          throw WriteConflict("could not serialize access");
                      }),
                      Catch::Contains("x.pdf: gave up after") && Catch::Contains("could not serialize"));
    CHECK(tries == kMaxWriteAttempts);
    tries = 0;
    CHECK_THROWS_AS(with_write_retries("x", [&] {
                        ++tries;
                        throw Error("not a conflict");
                    }),
                    Error);
    CHECK(tries == 1);
}

TEST_CASE("a second SQLite writer waits, then gives up with one clear line", "[archive][sqlite]") {
    TempDir dir;
    const std::string path = dir.file("busy.sqlite");
    ArchiveStore first(std::make_unique<SqliteDatabase>(path, true));
    // A short wait so the test is quick; occx waits kSqliteBusyTimeoutMs.
    constexpr int kShortWaitMs = 50;
    ArchiveStore second(std::make_unique<SqliteDatabase>(path, false, kShortWaitMs));
    first.database().begin_write();
    CHECK_THROWS_WITH(second.store_report(august("aug.pdf")),
                      Catch::Contains("busy.sqlite: another process has been writing to this archive") &&
                          Catch::Contains("one writer at a time"));
    first.database().commit();
    CHECK(second.store_report(august("aug.pdf")).stored);  // its turn now
    CHECK(first.counts().reports == 1);
}
