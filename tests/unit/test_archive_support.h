#pragma once
// The archive tests' fixture: a fresh, empty archive per test. SQLite in a temporary directory,
// or, when OCCX_TEST_PG_URL is set (tests/cli/postgres.sh does), the PostgreSQL database it
// names, emptied first, so the same tests check both backends.
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "archive/archive_store.h"
#include "archive/postgres.h"
#include "archive/sqlite_database.h"
#include "model/record.h"

namespace occx::test {

inline const char* pg_test_url() {
    const char* url = std::getenv("OCCX_TEST_PG_URL");
    return url && *url ? url : nullptr;
}

class TempDir {
public:
    TempDir() {
        static std::atomic<int> counter{0};
        path_ = std::filesystem::temp_directory_path() /
                ("occx-archive-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string file(const std::string& name) const { return (path_ / name).string(); }
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

// An empty database of the backend under test, without any schema.
inline std::unique_ptr<Database> empty_database(const TempDir& dir) {
    if (const char* url = pg_test_url()) {
        auto db = open_postgres(url);
        db->exec("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
        return db;
    }
    return std::make_unique<SqliteDatabase>(dir.file("archive.sqlite"), true);
}


inline std::vector<StoredObservation> observations_of(ArchiveStore& store, ObservationQuery q) {
    std::vector<StoredObservation> out;
    store.for_each_observation(q, [&](const StoredObservation& o) { out.push_back(o); });
    return out;
}

inline Value number(double v, const std::string& raw) { return Value{raw, v, ValueKind::number}; }

inline Record make_record(const std::string& id, const std::string& title, double actual) {
    Record r;
    r.measure_id = id;
    r.priority_id = id.substr(0, 5);
    r.title = title;
    r.period.actual = number(actual, std::to_string(static_cast<int>(actual)));
    r.period.target = number(100, "100");
    r.period.status = actual >= 100 ? "GREEN" : "RED";
    r.ytd.actual = Value{"n/a", std::nullopt, ValueKind::not_applicable};
    r.ytd.status = "NA";
    r.source.method = "plain";
    r.confidence = 0.9;
    return r;
}

// A report of the given period with one record per (id, title, actual); its sha256 is made
// from the file name, so different names are different files.
inline ReportEntry make_report(const std::string& file, const std::string& period_end,
                               const std::vector<Record>& records) {
    ReportEntry e;
    e.file_name = file;
    e.sha256 = std::string(64 - std::min<size_t>(64, file.size()), '0') + file.substr(0, 64);
    e.period.period_end = period_end;
    // Files made one after another: revisions of a period follow the order the tests make them in.
    static int made = 0;
    char time[40];
    std::snprintf(time, sizeof time, "2024-01-01T00:00:00.%09dZ", ++made);
    e.file_time = time;
    e.pages = 2;
    e.records = records;
    for (auto& r : e.records) {
        r.report = e.period;
        r.source.file = file;
        r.source.sha256 = e.sha256;
    }
    return e;
}

}  // namespace occx::test
