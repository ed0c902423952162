#pragma once
// The archive in one SQLite file: the default, nothing to set up.
#include <map>
#include <string>

#include "archive/database.h"

struct sqlite3;
struct sqlite3_stmt;

namespace occx {

// Another occx process may hold the write lock for a whole report (and validation); a writer
// waits this long for it before giving up with one clear line.
constexpr int kSqliteBusyTimeoutMs = 60000;

class SqliteDatabase : public Database {
public:
    // Opens (and with create, makes) the file; throws occx::Error naming it.
    SqliteDatabase(const std::string& path, bool create, int busy_timeout_ms = kSqliteBusyTimeoutMs);
    ~SqliteDatabase() override;
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    SqlDialect dialect() const override { return SqlDialect::sqlite; }
    const std::string& name() const override { return path_; }
    void exec(const std::string& sql) override;
    void query(const std::string& sql, const std::vector<SqlValue>& params,
               const RowHandler& on_row) override;
    // Waits for the other writers (SQLite has one at a time), up to the busy timeout.
    void begin_write() override;

private:
    sqlite3_stmt* prepared(const std::string& sql);
    void bind(sqlite3_stmt* stmt, const std::vector<SqlValue>& params);
    void set_wal_mode();
    [[noreturn]] void fail_with(const std::string& what);

    std::string path_;
    int busy_timeout_ms_;
    sqlite3* db_ = nullptr;
    std::map<std::string, sqlite3_stmt*> statements_;  // prepared once, reused per report
};

}  // namespace occx
