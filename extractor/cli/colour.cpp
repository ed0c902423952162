#include "cli/colour.h"

#include <unistd.h>

#include <cstdlib>

namespace occx::cli {

namespace {

const char* const kReset = "\033[0m";

}  // namespace

bool colour_on(int fd) {
    const char* no_colour = std::getenv("NO_COLOR");
    if (no_colour && *no_colour) return false;
    const char* term = std::getenv("TERM");
    if (term && std::string(term) == "dumb") return false;
    return isatty(fd) != 0;
}

std::string severity_colour(Severity s) {
    switch (s) {
        case Severity::error: return "\033[1;31m";
        case Severity::warning: return "\033[33m";
        case Severity::info: return "\033[2m";
    }
    return "";
}

std::string coloured_finding(const Finding& f) {
    std::string line = finding_to_text(f);
    const std::string word = std::string(" ") + severity_name(f.severity) + " ";
    const auto at = line.find(word);
    if (at == std::string::npos) return line;
    return line.substr(0, at + 1) + severity_colour(f.severity) + severity_name(f.severity) + kReset +
           line.substr(at + word.size() - 1);
}

std::string warning_prefix() {
    return colour_on(STDERR_FILENO) ? severity_colour(Severity::warning) + "warning" + kReset + ": " : "warning: ";
}

}  // namespace occx::cli
