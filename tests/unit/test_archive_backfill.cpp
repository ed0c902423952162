// Back-fill: walking, parallel extraction, one writer, counting what happened to each file.
#include <catch2/catch.hpp>

#include <fstream>

#include "pipeline/backfill.h"
#include "archive/input_walk.h"
#include "test_archive_support.h"

using namespace occx;
using namespace occx::test;

namespace {

// A valid one-page PDF whose text layer says text; distinct texts give distinct files.
std::string tiny_pdf(const std::string& text) {
    const std::string content = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET\n";
    std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    std::string pdf = "%PDF-1.4\n";
    std::vector<size_t> offsets;
    for (size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (size_t off : offsets) {
        std::string n = std::to_string(off);
        pdf += std::string(10 - n.size(), '0') + n + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

void write(const std::string& path, const std::string& bytes) {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
}

// a.pdf, b.pdf, sub/c.PDF, sub/deeper/d.pdf (valid), broken.pdf (damaged), notes.csv (not an input)
void make_corpus(const TempDir& dir) {
    write(dir.file("in/a.pdf"), tiny_pdf("Report A"));
    write(dir.file("in/b.pdf"), tiny_pdf("Report B"));
    write(dir.file("in/sub/c.PDF"), tiny_pdf("Report C"));
    write(dir.file("in/sub/deeper/d.pdf"), tiny_pdf("Report D"));
    write(dir.file("in/broken.pdf"), "%PDF-1.4\nnot really a pdf\n");
    write(dir.file("in/notes.csv"), "a,b\n");
}

}  // namespace

TEST_CASE("walking directories finds PDFs and text inputs, counts the rest", "[archive][backfill]") {
    TempDir dir;
    make_corpus(dir);
    write(dir.file("in/sub/report.txt"), "text");
    write(dir.file("in/sub/report.md"), "text");
    InputSet set = collect_inputs({dir.file("in"), dir.file("in/a.pdf"), dir.file("nowhere")});
    CHECK(set.files.size() == 7);  // a.pdf once, though named twice
    CHECK(set.not_inputs == 1);
    REQUIRE(set.failures.size() == 1);
    CHECK(set.failures[0].path == dir.file("nowhere"));
    CHECK(has_input_extension("x/Y.Pdf"));
    CHECK_FALSE(has_input_extension("x/y.pdf.bak"));
}

TEST_CASE("a back-fill stores each input once, counts failures, and skips what it has", "[archive][backfill]") {
    TempDir dir;
    make_corpus(dir);
    ArchiveStore store(empty_database(dir));
    BackfillOptions options;
    options.jobs = 3;
    int calls = 0, last_done = 0;
    bool monotonic = true;
    BackfillStats first = run_backfill(store, {dir.file("in")}, options, [&](const BackfillStats& s) {
        ++calls;
        monotonic = monotonic && s.files_done == last_done + 1;
        last_done = s.files_done;
    });
    CHECK(first.files_total == 5);
    CHECK(first.ingested == 4);
    CHECK(first.pages == 4);
    CHECK(first.not_inputs == 1);
    REQUIRE(first.failures.size() == 1);
    CHECK(first.failures[0].file == dir.file("in/broken.pdf"));
    CHECK(first.failures[0].reason.find("broken.pdf") == std::string::npos);  // the file is named once
    CHECK(calls == 5);
    CHECK(monotonic);
    CHECK(store.counts().reports == 4);

    BackfillStats second = run_backfill(store, {dir.file("in")}, options);
    CHECK(second.ingested == 0);
    CHECK(second.already_present == 4);
    CHECK(second.failures.size() == 1);
    CHECK(store.counts().reports == 4);
}

TEST_CASE("the same bytes twice in one back-fill are stored once", "[archive][backfill]") {
    TempDir dir;
    write(dir.file("in/one.pdf"), tiny_pdf("Same"));
    write(dir.file("in/two.pdf"), tiny_pdf("Same"));
    ArchiveStore store(empty_database(dir));
    BackfillOptions options;
    options.jobs = 2;
    BackfillStats stats = run_backfill(store, {dir.file("in")}, options);
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
