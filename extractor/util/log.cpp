#include "util/log.h"

#include <atomic>
#include <iostream>
#include <mutex>
#include <string>

namespace occx {

namespace {

std::atomic<bool> verbose{false};
std::atomic<bool> quiet{false};
std::mutex write_mutex;  // page workers log at once; a line is never split
thread_local std::string subject;

}  // namespace

void set_log_verbose(bool on) { verbose = on; }

bool log_verbose() { return verbose; }

void set_log_quiet(bool on) { quiet = on; }

bool log_quiet() { return quiet; }

void log_diagnostic(std::string_view source, std::string_view message) {
    if (!verbose) return;
    while (!message.empty() && (message.back() == '\n' || message.back() == '\r')) message.remove_suffix(1);
    std::lock_guard lock(write_mutex);
    std::cerr << "occx: ";
    if (!subject.empty()) std::cerr << subject << ": ";
    std::cerr << source << ": " << message << "\n";
}

LogSubject::LogSubject(std::string name) : previous_(std::move(subject)) { subject = std::move(name); }

LogSubject::~LogSubject() { subject = std::move(previous_); }

const std::string& log_subject() { return subject; }

}  // namespace occx
