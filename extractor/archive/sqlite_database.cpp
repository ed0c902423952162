#include "archive/sqlite_database.h"

#include <sqlite3.h>

#include <array>
#include <charconv>
#include <chrono>
#include <filesystem>
#include <thread>

#include "util/error.h"

namespace occx {

namespace {

// Between tries at switching a new archive to WAL while another process does the same.
constexpr int kWalRetryMs = 20;

// Resets a statement when a query leaves, however it leaves.
struct StatementReset {
    sqlite3_stmt* stmt;
    ~StatementReset() {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
    }
};

std::string column_text(sqlite3_stmt* stmt, int i) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
    return std::string(text, static_cast<size_t>(sqlite3_column_bytes(stmt, i)));
}

// SQLite gives a REAL as text to 15 significant digits, which loses the last bits of some
// doubles (0.1 + 0.2): there, the shortest text that reads back as the same double.
std::string real_text(sqlite3_stmt* stmt, int i) {
    const double d = sqlite3_column_double(stmt, i);
    std::string text = column_text(stmt, i);
    double back = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), back);
    if (ec == std::errc() && end == text.data() + text.size() && back == d) return text;
    std::array<char, 32> exact{};
    return std::string(exact.data(), std::to_chars(exact.data(), exact.data() + exact.size(), d).ptr);
}

SqlRow read_row(sqlite3_stmt* stmt) {
    const int n = sqlite3_column_count(stmt);
    SqlRow row(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const int type = sqlite3_column_type(stmt, i);
        if (type == SQLITE_NULL) continue;
        row[static_cast<size_t>(i)] = type == SQLITE_FLOAT ? real_text(stmt, i) : column_text(stmt, i);
    }
    return row;
}

}  // namespace

SqliteDatabase::SqliteDatabase(const std::string& path, bool create, int busy_timeout_ms)
    : path_(path), busy_timeout_ms_(busy_timeout_ms) {
    std::error_code ec;
    if (!create && !std::filesystem::exists(path, ec)) fail(path, "no archive here (run occx backfill first)");
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) fail_with("cannot open archive");
    sqlite3_busy_timeout(db_, busy_timeout_ms_);
    exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL");
    set_wal_mode();
}

// WAL: readers do not block the writer; a killed process leaves every committed report intact.
// Switching a new archive to WAL while another process opens it too fails at once with "database
// is locked": SQLite does not wait on its busy handler for this one. So it is retried here, for
// as long as the busy timeout would have waited.
void SqliteDatabase::set_wal_mode() {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(busy_timeout_ms_);
    for (;;) {
        const int rc = sqlite3_exec(db_, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK) return;
        const bool busy = rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
        if (!busy || std::chrono::steady_clock::now() > deadline) fail_with("cannot open archive");
        std::this_thread::sleep_for(std::chrono::milliseconds(kWalRetryMs));
    }
}

SqliteDatabase::~SqliteDatabase() {
    for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
    sqlite3_close(db_);
}

void SqliteDatabase::fail_with(const std::string& what) {
    std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    fail(path_, what + ": " + message);
}

void SqliteDatabase::begin_write() {
    const int rc = sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) return;
    if (rc != SQLITE_BUSY) fail_with("cannot start a write");
    fail(path_, "another process has been writing to this archive for " + std::to_string(busy_timeout_ms_ / 1000) +
                    " s (SQLite takes one writer at a time): run again when it is done, or share a PostgreSQL "
                    "archive between workers");
}

void SqliteDatabase::exec(const std::string& sql) {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) == SQLITE_OK) return;
    std::string message = error ? error : sqlite3_errmsg(db_);
    sqlite3_free(error);
    fail(path_, message);
}

sqlite3_stmt* SqliteDatabase::prepared(const std::string& sql) {
    auto it = statements_.find(sql);
    if (it != statements_.end()) return it->second;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) fail_with("bad statement");
    statements_.emplace(sql, stmt);
    return stmt;
}

void SqliteDatabase::bind(sqlite3_stmt* stmt, const std::vector<SqlValue>& params) {
    if (static_cast<int>(params.size()) != sqlite3_bind_parameter_count(stmt))
        fail(path_, "statement expects " + std::to_string(sqlite3_bind_parameter_count(stmt)) +
                        " parameters, got " + std::to_string(params.size()));
    for (size_t i = 0; i < params.size(); ++i) {
        const int at = static_cast<int>(i) + 1;
        int rc = SQLITE_OK;
        if (auto* n = std::get_if<std::int64_t>(&params[i])) rc = sqlite3_bind_int64(stmt, at, *n);
        else if (auto* d = std::get_if<double>(&params[i])) rc = sqlite3_bind_double(stmt, at, *d);
        else if (auto* s = std::get_if<std::string>(&params[i]))
            rc = sqlite3_bind_text(stmt, at, s->data(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
        else rc = sqlite3_bind_null(stmt, at);
        if (rc != SQLITE_OK) fail_with("cannot bind parameter");
    }
}

void SqliteDatabase::query(const std::string& sql, const std::vector<SqlValue>& params,
                           const RowHandler& on_row) {
    sqlite3_stmt* stmt = prepared(sql);
    StatementReset reset{stmt};
    bind(stmt, params);
    for (;;) {
        int rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE) return;
        if (rc != SQLITE_ROW) fail_with("query failed");
        on_row(read_row(stmt));
    }
}

}  // namespace occx
