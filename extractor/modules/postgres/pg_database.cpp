#include "modules/postgres/pg_database.h"

#include <libpq-fe.h>

#include <charconv>
#include <memory>
#include <type_traits>

#include "archive/pg_text.h"
#include "archive/postgres.h"
#include "util/error.h"
#include "util/text.h"

namespace occx {

namespace {

// Every occx writer takes this advisory lock for its transaction: exclusively for migrations and
// validation (which reads the other periods), shared for a report's store, which also takes the
// lock of its period (the two-key space, apart from the one-key space): reports of different
// periods are stored at once, those of one period one after another, so revisions never collide.
constexpr const char* kWriteLockSql = "SELECT pg_advisory_xact_lock(7303912)";
constexpr const char* kSharedWriteLockSql = "SELECT pg_advisory_xact_lock_shared(7303912)";
constexpr const char* kScopeLockSql = "SELECT pg_advisory_xact_lock(7303912, hashtext(?))";

// SQLSTATEs of a transaction that lost a race and may simply run again.
bool is_conflict(const std::string& state) {
    return state == "40001" /* serialization_failure */ || state == "40P01" /* deadlock_detected */ ||
           state == "23505" /* unique_violation: another writer stored the row first */;
}

std::string sql_state(const PGresult* r) {
    const char* state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    return state ? state : "";
}

struct ResultFree {
    void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultFree>;

void ignore_notice(void*, const char*) {}

// libpq's messages end in newlines and may span lines; the CLI prints one line.
std::string one_line(const std::string& message) { return collapse_whitespace(message); }

std::string param_text(const SqlValue& v) {
    if (auto* n = std::get_if<std::int64_t>(&v)) return std::to_string(*n);
    if (auto* d = std::get_if<double>(&v)) {
        char buf[64];
        auto end = std::to_chars(buf, buf + sizeof buf, *d).ptr;  // shortest exact form
        return std::string(buf, end);
    }
    return std::get<std::string>(v);
}

SqlRow read_row(const PGresult* r, int row) {
    const int n = PQnfields(r);
    SqlRow out(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        if (!PQgetisnull(r, row, i))
            out[static_cast<size_t>(i)] = std::string(PQgetvalue(r, row, i),
                                                       static_cast<size_t>(PQgetlength(r, row, i)));
    return out;
}

}  // namespace

PgDatabase::PgDatabase(const std::string& url) : name_(redact_password(url)) {
    conn_ = PQconnectdb(url.c_str());
    if (!conn_ || PQstatus(conn_) != CONNECTION_OK) fail_with("cannot connect", nullptr);
    PQsetNoticeProcessor(conn_, ignore_notice, nullptr);
    exec("SET client_min_messages = warning; SET datestyle = ISO; SET TIME ZONE 'UTC'");
}

PgDatabase::~PgDatabase() { PQfinish(conn_); }

void PgDatabase::fail_with(const std::string& what, PGresult* result) {
    std::string message = result ? PQresultErrorMessage(result) : (conn_ ? PQerrorMessage(conn_) : "out of memory");
    fail_with_state(what, message, sql_state(result));
}

void PgDatabase::fail_with_state(const std::string& what, const std::string& message, const std::string& state) {
    const std::string text = name_ + ": " + what + ": " + one_line(message);
    if (is_conflict(state)) throw WriteConflict(text);
    throw Error(text);
}

void PgDatabase::exec(const std::string& sql) {
    Result r(PQexec(conn_, sql.c_str()));
    auto status = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail_with("statement failed", r.get());
}

void PgDatabase::begin_write() {
    exec("BEGIN");
    exec(kWriteLockSql);
}

void PgDatabase::begin_write(const std::string& scope) {
    exec("BEGIN");
    exec(kSharedWriteLockSql);
    query(kScopeLockSql, {scope}, [](const SqlRow&) {});
}

const std::string& PgDatabase::prepared(const std::string& sql) {
    auto it = statements_.find(sql);
    if (it != statements_.end()) return it->second;
    std::string stmt_name = "occx_" + std::to_string(statements_.size());
    Result r(PQprepare(conn_, stmt_name.c_str(), renumber_placeholders(sql).c_str(), 0, nullptr));
    if (!r || PQresultStatus(r.get()) != PGRES_COMMAND_OK) fail_with("bad statement", r.get());
    return statements_.emplace(sql, stmt_name).first->second;
}

void PgDatabase::drain_results() {
    while (PGresult* r = PQgetResult(conn_)) PQclear(r);
}

void PgDatabase::query(const std::string& sql, const std::vector<SqlValue>& params,
                       const RowHandler& on_row) {
    const std::string& stmt_name = prepared(sql);
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (size_t i = 0; i < params.size(); ++i) {
        if (std::holds_alternative<std::monostate>(params[i])) continue;
        texts[i] = param_text(params[i]);
        values[i] = texts[i].c_str();
    }
    if (!PQsendQueryPrepared(conn_, stmt_name.c_str(), static_cast<int>(params.size()), values.data(),
                             nullptr, nullptr, 0))
        fail_with("query failed", nullptr);
    // Rows one at a time: an export of the whole archive never sits in memory at once.
    PQsetSingleRowMode(conn_);
    std::optional<std::string> error;
    std::string state;
    while (PGresult* raw = PQgetResult(conn_)) {
        Result r(raw);
        auto status = PQresultStatus(r.get());
        if (status == PGRES_SINGLE_TUPLE) {
            if (!error) {
                try {
                    on_row(read_row(r.get(), 0));
                } catch (...) {
                    drain_results();
                    throw;
                }
            }
        } else if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK && !error) {
            error = PQresultErrorMessage(r.get());
            state = sql_state(r.get());
        }
    }
    if (error) fail_with_state("query failed", *error, state);
}

}  // namespace occx

extern "C" occx::Database* occx_open_postgres(const char* url) { return new occx::PgDatabase(url); }
static_assert(std::is_same_v<decltype(occx_open_postgres), occx::OpenPostgres>);
