// Back-fill: walking, parallel extraction, one writer, counting what happened to each file.
#include <catch2/catch.hpp>

#include <fstream>

#include "pipeline/backfill.h"
#include "archive/input_walk.h"
#include "test_archive_support.h"
#include "test_helpers.h"

using namespace occx;
using namespace occx::test;

namespace {

void write(const std::string& path, const std::string& bytes) {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
}

// A converter's text of a one-measure report; distinct titles give distinct files.
std::string tiny_report(const std::string& title) {
    return "Report for July 2024\nRef\tMeasure\tActual\tTarget\tStatus\nOCC01.01\t" + title + "\t5%\t9%\tGreen\n";
}

// Reports a.txt, b.md, sub/c.TXT, sub/deeper/d.txt; broken.pdf (damaged); minutes.pdf (a PDF,
// not a report); notes.csv and README.md (not inputs by their names).
void make_corpus(const TempDir& dir) {
    write(dir.file("in/a.txt"), tiny_report("Report A"));
    write(dir.file("in/b.md"), tiny_report("Report B"));
    write(dir.file("in/sub/c.TXT"), tiny_report("Report C"));
    write(dir.file("in/sub/deeper/d.txt"), tiny_report("Report D"));
    write(dir.file("in/broken.pdf"), "%PDF-1.4\nnot really a pdf\n");
    write(dir.file("in/minutes.pdf"), tiny_pdf("Minutes of the meeting"));
    write(dir.file("in/notes.csv"), "a,b\n");
    write(dir.file("in/README.md"), "# Reports\nThe council's monthly reports.\n");
}

}  // namespace

TEST_CASE("walking directories finds PDFs and text inputs, counts the rest", "[archive][backfill]") {
    TempDir dir;
    make_corpus(dir);
    write(dir.file("in/sub/report.txt"), "text");
    write(dir.file("in/sub/report.md"), "text");
    InputSet set = collect_inputs({dir.file("in"), dir.file("in/a.txt"), dir.file("nowhere")});
    CHECK(set.files.size() == 8);  // a.txt once, though named twice
    CHECK(set.not_inputs == std::vector<std::string>{dir.file("in/README.md"), dir.file("in/notes.csv")});
    REQUIRE(set.failures.size() == 1);
    CHECK(set.failures[0].path == dir.file("nowhere"));
    CHECK(has_input_extension("x/Y.Pdf"));
    CHECK_FALSE(has_input_extension("x/y.pdf.bak"));
    CHECK(is_input_name("x/2024-07.md"));
    CHECK_FALSE(is_input_name("x/readme.MD"));
    CHECK_FALSE(is_input_name("x/.hidden.pdf"));
}

TEST_CASE("a back-fill stores each input once, counts failures, and skips what it has", "[archive][backfill]") {
    TempDir dir;
    make_corpus(dir);
    ArchiveStore store(empty_database(dir));
    BackfillOptions options;
    options.jobs = 3;
    int calls = 0, last_done = 0;
    bool monotonic = true;
    BackfillStats first = run_backfill(store, {dir.file("in")}, options, repo_context(), [&](const BackfillStats& s) {
        ++calls;  // once when the files are counted (none done), then once per file
        monotonic = monotonic && s.files_done == (calls == 1 ? 0 : last_done + 1);
        last_done = s.files_done;
    });
    CHECK(first.files_total == 6);
    CHECK(first.ingested == 4);
    CHECK(first.records == 4);
    CHECK(first.not_inputs == 2);
    REQUIRE(first.failures.size() == 1);
    CHECK(first.failures[0].file == dir.file("in/broken.pdf"));
    CHECK(first.failures[0].reason.find("broken.pdf") == std::string::npos);  // the file is named once
    REQUIRE(first.rejected.size() == 1);
    CHECK(first.rejected[0].file == dir.file("in/minutes.pdf"));
    CHECK(first.rejected[0].reason.find("not a report") != std::string::npos);
    CHECK(calls == 7);
    CHECK(monotonic);
    CHECK(store.counts().reports == 4);

    BackfillStats second = run_backfill(store, {dir.file("in")}, options, repo_context());
    CHECK(second.ingested == 0);
    CHECK(second.already_present == 4);
    CHECK(second.already_rejected == 1);  // known, not read again
    CHECK(second.rejected.empty());
    CHECK(second.failures.size() == 1);
    CHECK(store.counts().reports == 4);

    options.retry_rejected = true;
    BackfillStats retried = run_backfill(store, {dir.file("in")}, options, repo_context());
    CHECK(retried.already_rejected == 0);
    CHECK(retried.rejected.size() == 1);
    CHECK(store.database().integer("SELECT COUNT(*) FROM rejected") == 1);
}

TEST_CASE("the same bytes twice in one back-fill are stored once", "[archive][backfill]") {
    TempDir dir;
    write(dir.file("in/one.txt"), tiny_report("Same"));
    write(dir.file("in/two.txt"), tiny_report("Same"));
    ArchiveStore store(empty_database(dir));
    BackfillOptions options;
    options.jobs = 2;
    BackfillStats stats = run_backfill(store, {dir.file("in")}, options, repo_context());
    CHECK(stats.ingested == 1);
    CHECK(stats.already_present == 1);
    CHECK(stats.failures.empty());
    CHECK(store.counts().reports == 1);
}

TEST_CASE("a report entry takes the period from the records when the summary lacks it", "[archive][backfill]") {
    ExtractResult result;
    result.file = "x.pdf";
    result.sha256 = std::string(64, 'a');
    result.summary.pages = 5;
    result.summary.ocr_pages = 2;
    Record r = make_record("OCC01.01", "T", 1);
    r.report.period_end = "2024-11-30";
    r.report.period_start = "2024-04-01";
    result.records = {r};
    ReportEntry e = report_entry_from(result);
    CHECK(e.kind == "measures");
    CHECK(e.period.period_end == std::optional<std::string>("2024-11-30"));
    CHECK(e.period.period_start == std::optional<std::string>("2024-04-01"));
    CHECK(e.pages == 5);
    CHECK(e.ocr_pages == 2);
    result.cabinet = CabinetReport{};
    CHECK(report_entry_from(result).kind == "cabinet");
    CHECK(report_entry_from(result).document_json);
}
