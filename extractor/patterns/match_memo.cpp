#include "patterns/match_memo.h"

namespace occx {

namespace {

// What an answer costs beyond its texts: the hash node, the key's and answer's headers.
constexpr size_t kAnswerOverhead = 96;

size_t bytes_of(const std::string& key, const MemoAnswer& answer) {
    return kAnswerOverhead + key.size() + (answer.rewritten ? answer.rewritten->size() : 0);
}

}  // namespace

void MatchMemo::make_key(std::string& out, const void* list, Ask ask, std::string_view text) {
    out.clear();
    out.append(reinterpret_cast<const char*>(&list), sizeof list);
    out.push_back(char(ask));
    out.append(text);
}

std::optional<MemoAnswer> MatchMemo::find(const void* list, Ask ask, std::string_view text) const {
    thread_local std::string key;  // reused: a lookup allocates nothing
    make_key(key, list, ask, text);
    std::lock_guard lock(mu_);
    auto it = answers_.find(std::string_view(key));
    if (it == answers_.end()) return std::nullopt;
    return it->second;
}

void MatchMemo::store(const void* list, Ask ask, std::string_view text, MemoAnswer answer) {
    std::string key;
    make_key(key, list, ask, text);
    const size_t bytes = bytes_of(key, answer);
    std::lock_guard lock(mu_);
    if (bytes_ + bytes > kMaxBytes) clear_locked();
    if (answers_.emplace(std::move(key), std::move(answer)).second) bytes_ += bytes;
}

size_t MatchMemo::bytes() const {
    std::lock_guard lock(mu_);
    return bytes_;
}

void MatchMemo::clear() {
    std::lock_guard lock(mu_);
    clear_locked();
}

void MatchMemo::clear_locked() {
    answers_.clear();
    bytes_ = 0;
}

}  // namespace occx
