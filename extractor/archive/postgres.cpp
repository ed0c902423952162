#include "archive/postgres.h"

#include "util/module_loader.h"

namespace occx {

std::unique_ptr<Database> open_postgres(const std::string& url) {
    auto* open = reinterpret_cast<OpenPostgres*>(
        module_symbol(kPostgresModuleFile, kOpenPostgresSymbol, "a PostgreSQL archive"));
    return std::unique_ptr<Database>(open(url.c_str()));
}

}  // namespace occx
