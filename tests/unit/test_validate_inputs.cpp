// Reading records and Cabinet reports back from JSON, findings as JSON, and the seeds end to end.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "model/record_json.h"
#include "util/error.h"
#include "util/text.h"
#include "validate/json_inputs.h"
#include "validate_helpers.h"

using namespace occx;
using namespace vt;

TEST_CASE("records come back from JSON Lines, arrays and single documents", "[validate]") {
    Record r = rec1("OCC04.05", "Adults admitted", "2024-11-30", "327.10", "283.80", "GREEN");
    const std::string line = record_to_json(r).dump();
    auto lines = read_json_inputs(line + "\n\n" + line + "\n", "x.jsonl");
    REQUIRE(lines.records.size() == 2);
    CHECK(lines.records[0].period.actual->raw == "327.10");
    CHECK(read_json_inputs("[" + line + "," + line + "]", "x.json").records.size() == 2);
    auto cab = read_json_inputs("{\n \"kind\": \"cabinet\",\n \"report\": {\"period_end\": \"2024-11-30\"}\n}", "c.json");
    REQUIRE(cab.cabinets.size() == 1);
    CHECK(cab.cabinets[0].report.period_end == "2024-11-30");
}

TEST_CASE("bad JSON inputs name the file and line", "[validate]") {
    const std::string good = record_to_json(rec1("OCC01.02", "x", "2024-11-30", "1", "2", "GREEN")).dump();
    CHECK_THROWS_WITH(read_json_inputs(good + "\n{oops\n", "bad.jsonl"), Catch::Contains("bad.jsonl: line 2: not JSON"));
    CHECK_THROWS_WITH(read_json_inputs(good + "\n{\"title\": \"no id\"}\n", "bad.jsonl"),
                      Catch::Contains("line 2: record has no measure_id"));
    CHECK_THROWS_WITH(read_json_inputs("[]", "empty.json"), Catch::Contains("no records"));
    CHECK(looks_like_json("  \n{\"a\":1}"));
    CHECK_FALSE(looks_like_json("%PDF-1.7"));
}

TEST_CASE("pages and counts that are not ints in range are dropped, never converted", "[validate]") {
    // Found by fuzz_records_json: a page of 1e300 was cast to int (undefined behaviour).
    nlohmann::json j = record_to_json(rec1("OCC01.02", "x", "2024-11-30", "1", "2", "GREEN"));
    j["source"]["pages"] = {1e300, 3, -1.5, true, 4294967296LL, 2};
    j["source"]["fields"]["title"] = {{{"page", 1e300}, {"box", {0, 0, 1, 1}}}};
    const Record back = record_from_json(j);
    CHECK(back.source.pages == std::vector<int>{3, 2});
    REQUIRE(back.source.fields.at("title").size() == 1);
    CHECK(back.source.fields.at("title")[0].page == 0);
    CHECK(int_from_json(nlohmann::json(7)) == 7);
    CHECK_FALSE(int_from_json(nlohmann::json(18446744073709551615ULL)));
    CHECK_FALSE(int_from_json(nlohmann::json(2.0)));
}

TEST_CASE("findings as JSON carry every field", "[validate]") {
    Finding f{Severity::warning, "comment-month", "OCC11.08", "annex.pdf", {3, 4}, "For July ..."};
    auto j = finding_to_json(f);
    CHECK(j["severity"] == "warning");
    CHECK(j["rule"] == "comment-month");
    CHECK(j["measure_id"] == "OCC11.08");
    CHECK(j["pages"] == nlohmann::json::array({3, 4}));
    CHECK(finding_to_text(f) == "annex.pdf:3-4: warning comment-month OCC11.08: For July ...");
    f.measure_id.clear();
    CHECK(finding_to_json(f)["measure_id"].is_null());
}

namespace {

ValidationInput seeds(const std::vector<std::string>& names) {
    ValidationInput in;
    for (const auto& n : names) {
        auto got = read_json_inputs(read_file(std::string(OCCX_SAMPLES_DIR) + "/seeds/" + n), n);
        for (auto& r : group_into_reports(got.records, n)) in.reports.push_back(std::move(r));
        for (auto& c : got.cabinets) in.cabinets.push_back(std::move(c));
    }
    return in;
}

bool has(const Findings& all, const std::string& rule, const std::string& id, const std::string& text) {
    for (const auto& f : all)
        if (f.rule == rule && f.measure_id == id && mentions(f, text)) return true;
    return false;
}

}  // namespace

TEST_CASE("seed 004's Cabinet report disagrees with its annex, seed 000", "[validate][seeds]") {
    auto all = run(seeds({"000_c2b2d8e76287e083.expected.jsonl", "004_bfb82f856c926bed.expected.json"}));
    CHECK(has(all, "cabinet-vs-annex", "", "counts 3 Amber but the annex 000_c2b2d8e76287e083.txt has 5 AMBER"));
    CHECK(has(all, "cabinet-vs-annex", "", "counts 0 Red"));
    CHECK(has(all, "cabinet-vs-annex", "OCC10.02", "Red list leaves it out"));
    CHECK(count(all, "cabinet-counts", Severity::error) == 0);  // its own sums add up
    CHECK(has(all, "comment-month", "OCC11.08", "'For July performance'"));
}

TEST_CASE("the seeds' findings are the real ones", "[validate][seeds]") {
    auto all = run(seeds({"001_5116efef48ab4f77.expected.jsonl", "002_2481226353c8cd3e.expected.jsonl",
                          "003_61714ecf6fec1cd5.expected.jsonl"}));
    CHECK(has(all, "malformed-value", "OCC11.03", "'£292,000,00'"));
    CHECK(has(all, "implausible-value", "OCC07.05", "-3.00"));
    CHECK(has(all, "implausible-value", "OCC10.05", "400.00"));
    CHECK(has(all, "status-vs-numbers", "OCC02.03", "GREEN at 1,082,739.00 vs 1,117,000.00"));
    CHECK(count(all, "status-vs-numbers", Severity::error) == 0);
    // 003 has no statuses: its rows are evidence, never reported for another report's split.
    for (const auto& f : all)
        if (f.file == "003_61714ecf6fec1cd5.txt") CHECK(f.rule != "status-vs-numbers");
}
