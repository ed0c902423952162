#include "archive/same_content.h"

#include <algorithm>
#include <cstdio>

namespace occx {

namespace {

// A figure by its number where it has one ("253.00" and "253" agree), else as printed.
std::string figure(const std::optional<Value>& v) {
    if (!v) return "-";
    if (!v->value) return v->raw;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", *v->value);
    return buf;
}

std::string triple(const Triple& t) {
    return figure(t.actual) + "/" + figure(t.target) + "/" + t.status.value_or("-");
}

}  // namespace

std::string content_fingerprint(const std::vector<Record>& records) {
    std::vector<std::string> lines;
    for (const auto& r : records) lines.push_back(r.measure_id + " " + triple(r.period) + " " + triple(r.ytd));
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

}  // namespace occx
