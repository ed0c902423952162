#pragma once
// Running a write transaction again when it lost a race with another writer (WriteConflict):
// a bounded number of times, with a growing, jittered pause so that the writers that collided
// do not collide again in step.
#include <functional>
#include <string>

namespace occx {

// Tries before giving up: a conflict is a race among a handful of writers, and each retry
// waits for the winner; six losses in a row mean something other than a race.
constexpr int kMaxWriteAttempts = 6;
// The first pause; it doubles at each retry (10, 20, 40, 80, 160 ms plus jitter).
constexpr int kFirstRetryPauseMs = 10;

// Runs attempt until it returns without a WriteConflict; the last conflict is thrown as an
// occx::Error naming where and how many tries it took.
void with_write_retries(const std::string& where, const std::function<void()>& attempt);

}  // namespace occx
