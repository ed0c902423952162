#pragma once
// Reading an input file safely: only regular files (a FIFO or device named by mistake would
// block or never end), and only up to a size limit, both checked before the file is opened.
#include <cstddef>
#include <optional>
#include <string>

namespace occx {

// The file's bytes; throws occx::Error naming the file when it is not a regular file, is over
// max_bytes, or cannot be read.
std::string read_input_file(const std::string& path, std::size_t max_bytes);

// When the file was last modified, ISO UTC to the nanosecond ("2024-07-31T09:00:00.000000000Z",
// so text order is time order); nullopt when it cannot be read. Orders revisions of a period.
std::optional<std::string> file_time_iso(const std::string& path);

// "40 MB": sizes in messages.
std::string megabytes(std::size_t bytes);

}  // namespace occx
