#pragma once
// Where the archive is: --db sqlite:///path, a plain path (SQLite), or postgresql://...
#include <memory>
#include <string>

#include "archive/database.h"

namespace occx {

inline constexpr const char* kDefaultArchive = "occx.sqlite";

struct ArchiveLocation {
    SqlDialect backend = SqlDialect::sqlite;
    std::string target;  // the SQLite file path, or the libpq connection URI
};

// Throws occx::Error for an empty or unknown-scheme URL.
ArchiveLocation parse_archive_url(const std::string& url);
// create: make a missing SQLite file (backfill); readers want an error instead.
std::unique_ptr<Database> open_database(const ArchiveLocation& where, bool create);

}  // namespace occx
