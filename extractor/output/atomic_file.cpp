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

// /dev/null, a FIFO, a terminal: written in place, as renaming over one would replace the device
// with a file (and, run as root, take /dev/null from every other program).
bool is_special_file(const std::string& path) {
    struct stat st {};
    return stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)), in_place_(is_special_file(path_)) {
    if (in_place_) {
        out_.open(path_, std::ios::binary | std::ios::out);
        if (!out_) fail(path_, "cannot write output file");
        return;
    }
    temp_ = make_temp(path_);
    out_.open(temp_, std::ios::binary | std::ios::trunc);
    if (!out_) {
        std::remove(temp_.c_str());
        fail(path_, "cannot write output file");
    }
}

AtomicFile::~AtomicFile() {
    if (committed_ || in_place_) return;
    out_.close();
    std::remove(temp_.c_str());
}

void AtomicFile::commit() {
    out_.flush();
    const bool written = static_cast<bool>(out_);
    out_.close();
    if (!written) fail(path_, "could not write the output file (disk full?)");
    if (in_place_) {
        committed_ = true;
        return;
    }
    if (const int fd = open(temp_.c_str(), O_RDONLY); fd >= 0) {
        fsync(fd);  // the bytes reach the disk before the name points at them
        close(fd);
    }
    if (std::rename(temp_.c_str(), path_.c_str()) != 0) fail(path_, std::string("cannot replace: ") + std::strerror(errno));
    committed_ = true;
}

}  // namespace occx
