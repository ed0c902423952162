#include "archive/database.h"

#include "util/error.h"

namespace occx {

std::vector<SqlRow> Database::rows(const std::string& sql, const std::vector<SqlValue>& params) {
    std::vector<SqlRow> out;
    query(sql, params, [&](const SqlRow& row) { out.push_back(row); });
    return out;
}

std::optional<std::string> Database::value(const std::string& sql, const std::vector<SqlValue>& params) {
    std::optional<std::string> out;
    bool first = true;
    query(sql, params, [&](const SqlRow& row) {
        if (first && !row.empty()) out = row[0];
        first = false;
    });
    return out;
}

std::int64_t Database::integer(const std::string& sql, const std::vector<SqlValue>& params) {
    auto v = value(sql, params);
    if (!v) fail(name(), "query returned no number: " + sql);
    try {
        return std::stoll(*v);
    } catch (const std::exception&) {
        fail(name(), "query returned '" + *v + "', not a number: " + sql);
    }
}

WriteTransaction::WriteTransaction(Database& db) : db_(db) { db_.begin_write(); }

WriteTransaction::WriteTransaction(Database& db, const std::string& scope) : db_(db) { db_.begin_write(scope); }

WriteTransaction::~WriteTransaction() {
    if (!open_) return;
    try {
        db_.rollback();
    } catch (const std::exception&) {
        // The connection is gone; the server or file discards the transaction anyway.
    }
}

void WriteTransaction::commit() {
    db_.commit();
    open_ = false;
}

SqlValue sql_text(const std::optional<std::string>& s) {
    if (!s) return std::monostate{};
    return *s;
}

SqlValue sql_real(const std::optional<double>& d) {
    if (!d) return std::monostate{};
    return *d;
}

}  // namespace occx
