#pragma once
// Remembers what a pattern pack's key answered for a text. The table engine asks the same
// keys about the same words and labels again and again (every line of every page, each band
// it tries); a lookup costs far less than running a key's entries over the text again.
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "util/string_hash.h"

namespace occx {

struct MemoAnswer {
    bool matched = false;
    std::optional<std::string> rewritten;  // classify's answer
};

class MatchMemo {
public:
    // What a question was: the same text may be asked of a key by more than one method.
    enum class Ask : char { full, partial, classify };

    // The answer remembered for (list, ask, text), if any. list names the key's entries.
    std::optional<MemoAnswer> find(const void* list, Ask ask, std::string_view text) const;
    void store(const void* list, Ask ask, std::string_view text, MemoAnswer answer);
    void clear();

private:
    static void make_key(std::string& out, const void* list, Ask ask, std::string_view text);

    mutable std::mutex mu_;
    std::unordered_map<std::string, MemoAnswer, StringHash, std::equal_to<>> answers_;
};

}  // namespace occx
