#pragma once
// A PostgreSQL archive, through the PostgreSQL module (libpq is loaded only for it).
#include <memory>
#include <string>

#include "archive/database.h"

namespace occx {

// Connects to url (postgresql://user@host:port/db); throws occx::Error when it can't.
std::unique_ptr<Database> open_postgres(const std::string& url);

// The module's factory.
using OpenPostgres = Database*(const char* url);
inline constexpr const char* kPostgresModuleFile = "occx-postgres.so";
inline constexpr const char* kOpenPostgresSymbol = "occx_open_postgres";

}  // namespace occx
