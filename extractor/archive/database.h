#pragma once
// The little SQL the archive needs, over SQLite or PostgreSQL. The archive's logic lives once,
// in ArchiveStore; a Database only runs statements. SQL is written with '?' placeholders,
// which the PostgreSQL module renumbers to $1, $2 ...
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "util/error.h"

namespace occx {

// A write that lost a race with another writer (a deadlock, a serialisation failure, a key
// another transaction took meanwhile): rolled back, and safe to run again from its start.
class WriteConflict : public Error {
public:
    using Error::Error;
};

enum class SqlDialect { sqlite, postgresql };

using SqlValue = std::variant<std::monostate, std::int64_t, double, std::string>;
// A result row: each column as text, nullopt for SQL NULL.
using SqlRow = std::vector<std::optional<std::string>>;
using RowHandler = std::function<void(const SqlRow&)>;

class Database {
public:
    virtual ~Database() = default;
    virtual SqlDialect dialect() const = 0;
    // Where the data lives, for messages ("occx.sqlite", "postgresql://host/db").
    virtual const std::string& name() const = 0;
    // One or more statements without parameters.
    virtual void exec(const std::string& sql) = 0;
    // One statement with '?' placeholders; on_row sees each result row, in order.
    virtual void query(const std::string& sql, const std::vector<SqlValue>& params,
                       const RowHandler& on_row) = 0;
    // Starts a transaction that excludes every other occx writer, in any process.
    virtual void begin_write() = 0;
    // Starts a transaction that excludes the writers of the same scope (a report period) and
    // those of begin_write(), but lets other scopes write meanwhile. SQLite has one writer.
    virtual void begin_write(const std::string& scope) {
        (void)scope;
        begin_write();
    }

    void commit() { exec("COMMIT"); }
    void rollback() { exec("ROLLBACK"); }
    // The rows of a query, for small results.
    std::vector<SqlRow> rows(const std::string& sql, const std::vector<SqlValue>& params = {});
    // The first column of the first row, nullopt when there is no row or it is NULL.
    std::optional<std::string> value(const std::string& sql, const std::vector<SqlValue>& params = {});
    std::int64_t integer(const std::string& sql, const std::vector<SqlValue>& params = {});
};

// A write transaction that rolls back unless committed: an error halfway through a report
// leaves nothing of it behind.
class WriteTransaction {
public:
    explicit WriteTransaction(Database& db);
    WriteTransaction(Database& db, const std::string& scope);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    void commit();

private:
    Database& db_;
    bool open_ = true;
};

SqlValue sql_text(const std::optional<std::string>& s);
SqlValue sql_real(const std::optional<double>& d);

}  // namespace occx
