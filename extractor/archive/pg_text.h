#pragma once
// Text rewrites for PostgreSQL, shared by the PostgreSQL module and its tests.
#include <string>

namespace occx {

// '?' placeholders renumbered as $1, $2 ... (the archive's SQL has no '?' inside literals).
std::string renumber_placeholders(const std::string& sql);
// The URL with any password removed, for messages.
std::string redact_password(const std::string& url);

}  // namespace occx
