#include "patterns/match_memo.h"

namespace occx {

namespace {

// Answers kept before the memo starts afresh: a back-fill of many reports asks about many
// different texts, and memory must stay flat; the words that repeat (labels, fillers,
// statuses) are asked again soon after and come back at once.
constexpr size_t kMaxMemoAnswers = size_t(1) << 15;

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
    std::lock_guard lock(mu_);
    if (answers_.size() >= kMaxMemoAnswers) answers_.clear();
    answers_.emplace(std::move(key), std::move(answer));
}

void MatchMemo::clear() {
    std::lock_guard lock(mu_);
    answers_.clear();
}

}  // namespace occx
