#include "archive/archive_url.h"

#include "archive/postgres.h"
#include "archive/sqlite_database.h"
#include "util/error.h"
#include "util/text.h"

namespace occx {

ArchiveLocation parse_archive_url(const std::string& url) {
    if (url.empty()) fail("", "--db needs a path or URL");
    if (starts_with_ci(url, "postgresql://") || starts_with_ci(url, "postgres://"))
        return {SqlDialect::postgresql, url};
    if (starts_with_ci(url, "sqlite://")) {
        std::string path = url.substr(std::string("sqlite://").size());
        if (path.empty()) fail(url, "no file path after sqlite://");
        return {SqlDialect::sqlite, path};
    }
    if (auto scheme = url.find("://"); scheme != std::string::npos)
        fail(url, "unknown archive scheme (use a path, sqlite:///path or postgresql://...)");
    return {SqlDialect::sqlite, url};
}

std::unique_ptr<Database> open_database(const ArchiveLocation& where, bool create) {
    if (where.backend == SqlDialect::postgresql) return open_postgres(where.target);
    return std::make_unique<SqliteDatabase>(where.target, create);
}

}  // namespace occx
