#include "pipeline/input_file.h"

#include <sys/stat.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>
#include <fstream>

#include "util/error.h"

namespace occx {

namespace {

std::string kind_of(mode_t mode) {
    if (S_ISDIR(mode)) return "a directory";
    if (S_ISFIFO(mode)) return "a FIFO";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    return "not a regular file";
}

}  // namespace

// Whole megabytes print whole; any other size to a tenth, rounded up, so that a size just over
// a limit never prints as the limit itself.
std::string megabytes(std::size_t bytes) {
    constexpr std::size_t kMb = std::size_t(1) << 20;
    if (bytes % kMb == 0) return std::to_string(bytes / kMb) + " MB";
    const auto tenths = static_cast<long long>(std::ceil(double(bytes) * 10 / double(kMb)));
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
}

std::string read_input_file(const std::string& path, std::size_t max_bytes) {
    // stat never blocks, where opening a FIFO waits for a writer.
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) fail(path, std::string("cannot read file: ") + std::strerror(errno));
    if (!S_ISREG(st.st_mode)) fail(path, "is " + kind_of(st.st_mode) + ", not a report file");
    const auto size = static_cast<std::size_t>(st.st_size);
    if (size > max_bytes)
        fail(path, "is " + megabytes(size) + ", over the input limit of " + megabytes(max_bytes) +
                       " (--max-input-mb or OCCX_MAX_INPUT_MB raise it)");
    std::ifstream in(path, std::ios::binary);
    if (!in) fail(path, std::string("cannot read file: ") + std::strerror(errno));
    std::string bytes(size, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    // A file that shrank while read: keep what was there.
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) fail(path, "cannot read file: read error");
    return bytes;
}

std::optional<std::string> file_time_iso(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return std::nullopt;
    std::tm tm{};
    if (!gmtime_r(&st.st_mtim.tv_sec, &tm)) return std::nullopt;
    char date[32], out[48];
    std::strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%S", &tm);
    std::snprintf(out, sizeof out, "%s.%09ldZ", date, static_cast<long>(st.st_mtim.tv_nsec));
    return std::string(out);
}

}  // namespace occx
