#include "patterns/pattern_key.h"

#include "util/error.h"

namespace occx {

void PatternKey::add(Pattern p) {
    std::lock_guard lock(*mu_);
    entries_.push_back(std::move(p));
    ready_->store(false, std::memory_order_release);
}

const std::vector<Pattern>& PatternKey::compiled() const {
    if (!ready_->load(std::memory_order_acquire)) compile();
    return entries_;
}

void PatternKey::compile() const {
    std::lock_guard lock(*mu_);
    if (ready_->load(std::memory_order_relaxed)) return;  // another thread compiled it first
    for (auto& p : entries_) {
        if (p.re) continue;
        RE2::Options opts;
        opts.set_log_errors(false);
        auto re = std::make_unique<RE2>(p.regex, opts);
        if (!re->ok()) fail(p.where, "bad pattern: " + re->error());
        if (p.rewrite) {
            std::string error;
            if (!re->CheckRewriteString(*p.rewrite, &error)) fail(p.where, "bad rewrite: " + error);
        }
        p.re = std::move(re);
    }
    ready_->store(true, std::memory_order_release);
}

}  // namespace occx
