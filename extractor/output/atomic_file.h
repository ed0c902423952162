#pragma once
// An output file written whole or not at all: the bytes go to a temporary file beside it,
// renamed over the target only on commit(). A run that fails or is killed leaves any
// earlier file of that name as it was. A target that is no regular file (/dev/null, a FIFO) is
// written in place.
#include <fstream>
#include <string>

namespace occx {

class AtomicFile {
public:
    // Throws occx::Error naming path when its directory cannot take the temporary file.
    explicit AtomicFile(std::string path);
    ~AtomicFile();  // removes the temporary file unless committed
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    std::ostream& stream() { return out_; }
    // Flushes, syncs and renames into place; throws occx::Error when any step fails.
    void commit();

private:
    std::string path_, temp_;
    bool in_place_ = false;
    std::ofstream out_;
    bool committed_ = false;
};

}  // namespace occx
