#include "archive/retry.h"

#include <chrono>
#include <random>
#include <thread>

#include "archive/database.h"

namespace occx {

namespace {

void pause_before_retry(int attempt) {
    thread_local std::minstd_rand jitter{std::random_device{}()};
    const int base = kFirstRetryPauseMs << (attempt - 1);
    std::uniform_int_distribution<int> spread(0, base);
    std::this_thread::sleep_for(std::chrono::milliseconds(base + spread(jitter)));
}

}  // namespace

void with_write_retries(const std::string& where, const std::function<void()>& attempt) {
    for (int tries = 1;; ++tries) {
        try {
            attempt();
            return;
        } catch (const WriteConflict& e) {
            if (tries >= kMaxWriteAttempts)
                fail(where, "gave up after " + std::to_string(tries) + " conflicting writes: " + e.what());
            pause_before_retry(tries);
        }
    }
}

}  // namespace occx
