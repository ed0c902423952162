// The archive as validation history (archive/archive_history.h) and the stored findings
// (archive/stored_findings.h), on SQLite or, under tests/cli/postgres.sh, PostgreSQL.
#include <catch2/catch.hpp>

#include "archive/archive_history.h"
#include "archive/stored_findings.h"
#include "test_archive_support.h"
#include "test_helpers.h"
#include "validate/validator.h"

using namespace occx;
using namespace occx::test;

namespace {

Record with_ytd(Record r, double ytd) {
    r.ytd.actual = number(ytd, std::to_string(static_cast<int>(ytd)));
    r.ytd.status.reset();
    return r;
}

ValidationInput one_report(const std::string& file, const std::string& period_end, std::vector<Record> records) {
    ReportEntry e = make_report(file, period_end, records);
    ValidationInput in;
    in.reports = group_into_reports(e.records, file);
    return in;
}

}  // namespace

TEST_CASE("history: earlier months of the same series, latest revision, never later months", "[archive]") {
    TempDir dir;
    ArchiveStore store(empty_database(dir));
    store.store_report(make_report("may.pdf", "2024-05-31", {make_record("OCC01.01", "Number of trees planted", 120),
                                                              make_record("OCC09.09", "Other measure", 50)}));
    store.store_report(make_report("june.pdf", "2024-06-30", {make_record("OCC01.01", "Number of trees planted", 130)}));
    store.store_report(make_report("june-v2.pdf", "2024-06-30", {make_record("OCC01.01", "Number of trees planted", 131)}));
    store.store_report(make_report("aug.pdf", "2024-08-31", {make_record("OCC01.01", "Number of trees planted", 150)}));
    // 2023: the same id named another measure.
    store.store_report(make_report("old.pdf", "2023-05-31", {make_record("OCC01.01", "Bus passenger journeys", 90)}));

    auto in = one_report("july.pdf", "2024-07-31", {make_record("OCC01.01", "Number of trees planted this year", 140)});
    TitleComparer titles(repo_patterns());
    auto history = load_history(store, in, history_scope_for(in), titles);
    REQUIRE(history.size() == 2);  // may and june's latest revision; not august, not 2023, not OCC09.09
    CHECK(history[0].file == "may.pdf");
    CHECK(history[0].records.size() == 1);
    CHECK(history[1].file == "june-v2.pdf");
    CHECK(history[1].records[0].period.actual->raw == "131");
}

TEST_CASE("history: the validated month's archived copy is replaced, not counted twice", "[archive]") {
    TempDir dir;
    ArchiveStore store(empty_database(dir));
    store.store_report(make_report("july.pdf", "2024-07-31", {make_record("OCC01.01", "Trees planted", 140)}));
    auto in = one_report("july-again.pdf", "2024-07-31", {make_record("OCC01.01", "Trees planted", 140)});
    CHECK(load_history(store, in, history_scope_for(in), TitleComparer(repo_patterns())).empty());
}

TEST_CASE("history for a covering report alone: every measure, only the months its rules read", "[archive]") {
    TempDir dir;
    ArchiveStore store(empty_database(dir));
    for (const char* month : {"2024-01-31", "2024-07-31", "2024-08-31", "2024-10-31", "2024-11-30", "2024-12-31"})
        store.store_report(make_report(std::string(month) + ".pdf", month,
                                       {make_record("OCC01.01", "Trees planted", 1), make_record("OCC02.02", "Buses", 2)}));
    ValidationInput in;
    CabinetReport cabinet;
    cabinet.report.period_end = "2024-11-30";
    in.cabinets.push_back(cabinet);
    TitleComparer titles(repo_patterns());
    std::vector<std::string> files;
    for (const auto& r : load_history(store, in, history_scope_for(in), titles)) {
        files.push_back(r.file);
        CHECK(r.records.size() == 2);
    }
    // Its annex and the three months before it (previous_annex); not January, July nor December.
    CHECK(files == std::vector<std::string>{"2024-08-31.pdf", "2024-10-31.pdf", "2024-11-30.pdf"});

    // Given with its annex, the annex's measures keep their whole history.
    in.reports = group_into_reports({make_record("OCC01.01", "Trees planted", 3)}, "annex.pdf");
    in.reports[0].period_end = "2024-11-30";
    CHECK(load_history(store, in, history_scope_for(in), titles).size() == 4);
}

TEST_CASE("history makes the YTD rules fire on one new report", "[archive]") {
    TempDir dir;
    ArchiveStore store(empty_database(dir));
    const std::string t = "Number of trees planted";
    store.store_report(make_report("apr.pdf", "2024-04-30", {with_ytd(make_record("OCC01.01", t, 100), 100)}));
    store.store_report(make_report("may.pdf", "2024-05-31", {with_ytd(make_record("OCC01.01", t, 110), 210)}));
    store.store_report(make_report("jun.pdf", "2024-06-30", {with_ytd(make_record("OCC01.01", t, 120), 330)}));
    // July's YTD should be 330 + 130 = 460.
    auto in = one_report("jul.pdf", "2024-07-31", {with_ytd(make_record("OCC01.01", t, 130), 600)});
    Findings alone = validate(in, repo_patterns());
    in.history = load_history(store, in, history_scope_for(in), TitleComparer(repo_patterns()));
    Findings with_history = validate(in, repo_patterns());
    auto has_ytd_sum = [](const Findings& fs) {
        for (const auto& f : fs)
            if (f.rule == "ytd-sum" && f.file == "jul.pdf") return true;
        return false;
    };
    CHECK_FALSE(has_ytd_sum(alone));
    CHECK(has_ytd_sum(with_history));
}

TEST_CASE("stored findings by report, period and severity", "[archive]") {
    TempDir dir;
    ArchiveStore store(empty_database(dir));
    auto a = store.store_report(make_report("dir/july.pdf", "2024-07-31", {make_record("OCC01.01", "Trees", 140)}));
    auto b = store.store_report(make_report("aug.pdf", "2024-08-31", {make_record("OCC01.01", "Trees", 150)}));
    store.add_findings(a.report_id, {{Severity::error, "malformed-value", "OCC01.01", "dir/july.pdf", {3}, "bad"},
                                     {Severity::info, "polarity-coverage", "", "dir/july.pdf", {}, "known"}});
    store.add_findings(b.report_id, {{Severity::warning, "comment-month", "OCC01.01", "aug.pdf", {2}, "month"}});

    CHECK(stored_findings(store, {}).size() == 3);
    FindingQuery by_file;
    by_file.report_file = "july.pdf";  // the base name is enough
    auto july = stored_findings(store, by_file);
    REQUIRE(july.size() == 2);
    CHECK(july[0].period_end == "2024-07-31");
    FindingQuery by_period;
    by_period.period = "2024-08";
    auto aug = stored_findings(store, by_period);
    REQUIRE(aug.size() == 1);
    CHECK(aug[0].finding.rule == "comment-month");
    CHECK(aug[0].finding.pages == std::vector<int>{2});
    FindingQuery errors;
    errors.min_severity = Severity::error;
    REQUIRE(stored_findings(store, errors).size() == 1);
    CHECK(stored_findings(store, errors)[0].finding.message == "bad");
}

TEST_CASE("reports stored without findings are found again, records and all", "[archive]") {
    TempDir dir;
    ArchiveStore store(empty_database(dir));
    auto a = store.store_report(make_report("may.pdf", "2024-05-31", {make_record("OCC01.01", "Trees", 120),
                                                                       make_record("OCC01.02", "Bins", 80)}));
    auto b = store.store_report(make_report("june.pdf", "2024-06-30", {make_record("OCC01.01", "Trees", 130)}));
    store.add_findings(b.report_id, {{Severity::info, "polarity-coverage", "", "june.pdf", {}, "known"}});
    auto pending = reports_without_findings(store, {});
    REQUIRE(pending.size() == 1);  // June was validated
    CHECK(pending[0].id == a.report_id);
    CHECK(pending[0].period_end == "2024-05-31");
    CHECK(pending[0].input.reports.empty());  // read when its turn comes
    load_stored_input(store, pending[0]);
    REQUIRE(pending[0].input.reports.size() == 1);
    CHECK(pending[0].input.reports[0].records.size() == 2);
    CHECK(reports_without_findings(store, {a.report_id}).empty());
}
