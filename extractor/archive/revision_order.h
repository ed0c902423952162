#pragma once
// The order of the revisions of one report period, whatever order the files arrive in: the
// document's own date (a PDF's creation date), then the file's modification time, then its
// SHA-256. Unknown dates sort first: a file that cannot say when it was made is not taken to
// be the newest. Every worker computes the same order from the same files.
#include <optional>
#include <string>
#include <tuple>

namespace occx {

struct RevisionKey {
    std::optional<std::string> document_date;  // ISO UTC
    std::optional<std::string> file_time;      // ISO UTC, to the nanosecond
    std::string sha256;

    bool operator<(const RevisionKey& o) const {
        return std::make_tuple(document_date.value_or(""), file_time.value_or(""), sha256) <
               std::make_tuple(o.document_date.value_or(""), o.file_time.value_or(""), o.sha256);
    }
};

}  // namespace occx
