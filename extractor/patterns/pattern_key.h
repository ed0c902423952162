#pragma once
// One key of a pattern pack: its entries, compiled together the first time the key is read.
// Compiling is most of the cost of starting occx, and a command reads only some keys
// (extraction never reads validate.*), so a key nobody reads is never compiled.
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <re2/re2.h>

namespace occx {

struct Pattern {
    std::unique_ptr<RE2> re;  // set once the key is compiled
    std::optional<std::string> rewrite;
    std::string where;  // "file:line", for messages
    std::string regex;
};

class PatternKey {
public:
    void add(Pattern p);
    // The entries, compiled (on first call; safe from any thread). A bad entry throws
    // occx::Error naming its file and line, at every call.
    const std::vector<Pattern>& compiled() const;

private:
    void compile() const;

    mutable std::vector<Pattern> entries_;
    // Held by pointer so that a key moves; the flag is read without the lock once set.
    std::unique_ptr<std::atomic<bool>> ready_ = std::make_unique<std::atomic<bool>>(false);
    std::unique_ptr<std::mutex> mu_ = std::make_unique<std::mutex>();
};

}  // namespace occx
