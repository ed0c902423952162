#pragma once
// The archive in PostgreSQL, for an archive shared by several people or machines (libpq).
// Part of the PostgreSQL module: the rest of occx reaches it through open_postgres().
#include <map>
#include <string>

#include "archive/database.h"

struct pg_conn;
struct pg_result;

namespace occx {

class PgDatabase : public Database {
public:
    // url: a libpq connection URI (postgresql://user@host:port/db) or key=value string.
    explicit PgDatabase(const std::string& url);
    ~PgDatabase() override;
    PgDatabase(const PgDatabase&) = delete;
    PgDatabase& operator=(const PgDatabase&) = delete;

    SqlDialect dialect() const override { return SqlDialect::postgresql; }
    const std::string& name() const override { return name_; }
    void exec(const std::string& sql) override;
    void query(const std::string& sql, const std::vector<SqlValue>& params,
               const RowHandler& on_row) override;
    void begin_write() override;
    void begin_write(const std::string& scope) override;

private:
    const std::string& prepared(const std::string& sql);
    void drain_results();
    [[noreturn]] void fail_with(const std::string& what, pg_result* result);
    [[noreturn]] void fail_with_state(const std::string& what, const std::string& message, const std::string& state);

    std::string name_;
    pg_conn* conn_ = nullptr;
    std::map<std::string, std::string> statements_;  // SQL → server-side prepared statement name
};

}  // namespace occx
