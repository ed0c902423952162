// The HTML report's pieces: escaping, numbers, months, status looks, the SVG time chart, and
// history's CSV/JSON writer.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <thread>
#include <sys/stat.h>
#include <iterator>
#include <sstream>

#include <nlohmann/json.hpp>

#include "output/atomic_file.h"
#include "report/history_writer.h"
#include "report/html.h"
#include "report/time_chart.h"
#include "test_archive_support.h"
#include "test_helpers.h"
#include "util/error.h"
#include "util/text.h"

using namespace occx;

TEST_CASE("html pieces: escaping, links, numbers, months", "[report]") {
    CHECK(html_escape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;");
    CHECK(file_href("/srv/reports/May 2024.pdf") == "file:///srv/reports/May%202024.pdf");
    CHECK(file_href("in/a#b.pdf") == "in/a%23b.pdf");
    CHECK(svg_number(12.0) == "12");
    CHECK(svg_number(12.25) == "12.2");  // one decimal is a tenth of an SVG unit
    CHECK(svg_number(-0.01) == "0");
    CHECK(axis_number(1250) == "1,250");
    CHECK(axis_number(2500000) == "2.5M");
    CHECK(axis_number(0.5) == "0.5");
    CHECK(axis_number(-3000) == "-3,000");
    REQUIRE(month_index("2024-07-31"));
    CHECK(*month_index("2024-07-31") - *month_index("2023-12-31") == 7);
    CHECK(month_text(*month_index("2024-07-31")) == "2024-07");
    CHECK_FALSE(month_index("2024-13-01"));
    CHECK_FALSE(month_index("July 2024"));
    CHECK(std::string(status_look(std::string("green")).name) == "GREEN");
    CHECK(std::string(status_look(std::string("RED")).symbol) == "sR");
    CHECK(std::string(status_look(std::string("NR")).name) == "none");
    CHECK(std::string(status_look(std::nullopt).name) == "none");
}

TEST_CASE("a time chart draws a point per value, shaped by status, and rules", "[report]") {
    TimeChart c;
    c.caption = "OCC01.02 period";
    c.first_month = *month_index("2024-01-31");
    c.last_month = *month_index("2024-04-30");
    ChartLine actual;
    actual.runs = {{{c.first_month, 10, "GREEN", "a"}, {c.first_month + 1, 20, "AMBER", "b"}},
                   {{c.last_month, 5, "RED", "c<"}}};
    ChartLine target;
    target.target = true;
    target.runs = {{{c.first_month, 15, "", "t"}}};
    c.lines = {target, actual};
    c.rules = {{c.last_month, "series 2", "New series: X", true}};
    const std::string svg = render_time_chart(c);
    CHECK(svg.rfind("<svg class=\"chart\"", 0) == 0);
    CHECK(svg.find("href=\"#sG\"") != std::string::npos);
    CHECK(svg.find("href=\"#sA\"") != std::string::npos);
    CHECK(svg.find("href=\"#sR\"") != std::string::npos);
    CHECK(svg.find("<title>c&lt;</title>") != std::string::npos);  // tooltips escaped
    CHECK(svg.find("class=\"break\"") != std::string::npos);
    CHECK(svg.find("class=\"target\"") != std::string::npos);
    // Two runs: one joined path for the first, none for the lone point after the gap.
    size_t paths = 0;
    for (size_t at = svg.find("class=\"actual\""); at != std::string::npos; at = svg.find("class=\"actual\"", at + 1)) ++paths;
    CHECK(paths == 1);

    TimeChart empty;
    empty.caption = "nothing";
    CHECK(render_time_chart(empty).find("no numeric values") != std::string::npos);
}

TEST_CASE("history as CSV and JSON: values as printed with their numbers beside", "[report]") {
    StoredObservation o;
    o.record.measure_id = "OCC01.02";
    o.record.title = "Streetlights";
    o.record.period.actual = Value{"(8,100.00", 8100.0, ValueKind::number};
    o.record.period.status = "GREEN";
    o.period_end = "2024-07-31";
    o.revision = 2;
    o.file_name = "r.pdf";
    Series s;
    s.title = "Streetlights";
    s.observations = {o};
    std::ostringstream csv, json;
    write_history("OCC01.02", {s}, HistoryFormat::csv, csv);
    CHECK(csv.str().rfind("measure_id,series,period_end,revision,superseded,period_actual_raw,period_actual_value,", 0) == 0);
    CHECK(csv.str().find("OCC01.02,1,2024-07-31,2,false,\"(8,100.00\",8100,") != std::string::npos);
    write_history("OCC01.02", {s}, HistoryFormat::json, json);
    auto rows = nlohmann::json::parse(json.str());
    REQUIRE(rows.size() == 1);
    CHECK(rows[0]["period_actual_raw"] == "(8,100.00");
    CHECK(rows[0]["period_actual_value"] == 8100.0);
    CHECK(rows[0]["period_target_raw"].is_null());
    std::ostringstream none;
    write_history("OCC99.99", {}, HistoryFormat::json, none);
    CHECK(nlohmann::json::parse(none.str()) == nlohmann::json::array());
}

TEST_CASE("an atomic output file replaces the old one only when committed", "[report][output]") {
    test::TempDir dir;
    const std::string path = dir.file("out.jsonl");
    { AtomicFile f(path); f.stream() << "first\n"; f.commit(); }
    CHECK(read_file(path) == "first\n");
    { AtomicFile f(path); f.stream() << "half of a failed run"; }  // never committed
    CHECK(read_file(path) == "first\n");
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 1);  // no temporary file left
    CHECK_THROWS_AS(AtomicFile(dir.file("no/such/dir/x")), Error);
}

TEST_CASE("an output that is no regular file is written in place, never renamed over", "[report][output]") {
    // -o /dev/null run as root once replaced the device with a file
    test::TempDir dir;
    const std::string fifo = dir.file("pipe");
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    std::string got;
    std::thread reader([&] {
        std::ifstream in(fifo, std::ios::binary);
        got.assign(std::istreambuf_iterator<char>(in), {});
    });
    { AtomicFile f(fifo); f.stream() << "records\n"; f.commit(); }
    reader.join();
    CHECK(got == "records\n");
    struct stat st {};
    REQUIRE(stat(fifo.c_str(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 1);  // no temporary file
}
