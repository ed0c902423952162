#pragma once
// The archive's schema, versioned: migration N turns a version N-1 archive into version N.
// A step is written once with type placeholders ({id}, {ref}, {date}, {real}, {json}, {time})
// that expand per backend, so SQLite and PostgreSQL archives have the same tables, columns
// and indexes (see docs/archive.md). The table schema_version holds one row per applied step.
#include <string>
#include <vector>

#include "archive/database.h"

namespace occx {

struct Migration {
    int version;
    std::string summary;
    std::vector<std::string> steps;  // in order, with type placeholders
};

const std::vector<Migration>& archive_migrations();
int latest_schema_version();
// A migration's statements for one backend, in order.
std::vector<std::string> migration_statements(const Migration& m, SqlDialect dialect);
// 0 for an empty database.
int schema_version(Database& db);
// Applies, each in its own transaction, the steps after the archive's version up to up_to
// (default: the latest). Throws occx::Error when the archive is newer than this occx.
void migrate(Database& db, int up_to = -1);

}  // namespace occx
