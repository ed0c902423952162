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
    // Bytes of answers kept before the memo starts afresh: a back-fill of many reports asks
    // about many different texts (each month's dates and figures are new), and a worker's memory
    // must stay flat however many it reads. A report asks about a few hundred kilobytes of texts,
    // so this keeps its repeats and those of the reports beside it; the words that repeat across
    // reports (labels, fillers, statuses) are asked again soon after a fresh start. A count of
    // answers was no bound: whole lines are answers too, so it held 2-8 MB.
    static constexpr size_t kMaxBytes = size_t(1) << 20;

    // What a question was: the same text may be asked of a key by more than one method.
    enum class Ask : char { full, partial, classify };

    // The answer remembered for (list, ask, text), if any. list names the key's entries.
    std::optional<MemoAnswer> find(const void* list, Ask ask, std::string_view text) const;
    void store(const void* list, Ask ask, std::string_view text, MemoAnswer answer);
    void clear();
    // What the answers kept take, as store counts them (at most kMaxBytes).
    size_t bytes() const;

private:
    static void make_key(std::string& out, const void* list, Ask ask, std::string_view text);
    void clear_locked();  // with mu_ held

    mutable std::mutex mu_;
    std::unordered_map<std::string, MemoAnswer, StringHash, std::equal_to<>> answers_;
    size_t bytes_ = 0;  // what answers_ holds, as bytes_of counts it
};

}  // namespace occx
