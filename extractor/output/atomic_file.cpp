#include "output/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include "util/error.h"

namespace occx {

namespace {

// A unique name in the target's directory (rename is only atomic within one file system).
std::string make_temp(const std::string& path) {
    std::vector<char> name(path.begin(), path.end());
    const std::string suffix = ".occx-XXXXXX";
    name.insert(name.end(), suffix.begin(), suffix.end());
    name.push_back('\0');
    const int fd = mkstemp(name.data());
    if (fd < 0) fail(path, std::string("cannot write output file: ") + std::strerror(errno));
    // mkstemp makes it 0600; an output file gets the usual permissions.
    const mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    close(fd);
    return name.data();
}

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)), temp_(make_temp(path_)) {
    out_.open(temp_, std::ios::binary | std::ios::trunc);
    if (!out_) {
        std::remove(temp_.c_str());
        fail(path_, "cannot write output file");
    }
}

AtomicFile::~AtomicFile() {
    if (committed_) return;
    out_.close();
    std::remove(temp_.c_str());
}

void AtomicFile::commit() {
    out_.flush();
    const bool written = static_cast<bool>(out_);
    out_.close();
    if (!written) fail(path_, "could not write the output file (disk full?)");
    if (const int fd = open(temp_.c_str(), O_RDONLY); fd >= 0) {
        fsync(fd);  // the bytes reach the disk before the name points at them
        close(fd);
    }
    if (std::rename(temp_.c_str(), path_.c_str()) != 0) fail(path_, std::string("cannot replace: ") + std::strerror(errno));
    committed_ = true;
}

}  // namespace occx
