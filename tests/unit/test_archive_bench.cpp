// Store throughput with realistic record counts, for scripts/bench-archive (hidden: runs only
// when asked for by tag, "[.archive-bench]"). Prints reports/s and observations/s.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>

#include "test_archive_support.h"

using namespace occx;
using namespace occx::test;

TEST_CASE("archive store throughput", "[.archive-bench]") {
    constexpr int kReports = 200, kRecordsPerReport = 60;
    TempDir dir;
    ArchiveStore store(empty_database(dir));
    std::vector<ReportEntry> reports;
    for (int i = 0; i < kReports; ++i) {
        std::vector<Record> records;
        for (int m = 0; m < kRecordsPerReport; ++m) {
            char id[32];
            std::snprintf(id, sizeof id, "OCC%02d.%02d", m / 10 + 1, m % 10 + 1);
            Record r = make_record(id, "Measure title number " + std::to_string(m), 50.0 + m);
            r.comment = std::string(400, 'c');  // comments are paragraphs
            records.push_back(std::move(r));
        }
        char period[32];
        std::snprintf(period, sizeof period, "%04d-%02d-28", 2000 + i / 12, i % 12 + 1);
        reports.push_back(make_report("bench-" + std::to_string(i) + ".pdf", period, records));
    }
    auto start = std::chrono::steady_clock::now();
    for (const auto& r : reports) store.store_report(r);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    auto counts = store.counts();
    CHECK(counts.observations == kReports * kRecordsPerReport);

    start = std::chrono::steady_clock::now();
    size_t seen = 0;
    store.for_each_observation({std::string("OCC03.04"), false}, [&](const StoredObservation&) { ++seen; });
    double history_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    CHECK(seen == kReports);
    std::printf("store %s: %d reports x %d records in %.2f s: %.0f reports/s, %.0f observations/s; "
                "one measure over %d reports: %.1f ms\n",
                pg_test_url() ? "postgresql" : "sqlite", kReports, kRecordsPerReport, seconds, kReports / seconds,
                kReports * kRecordsPerReport / seconds, kReports, history_ms);
}
