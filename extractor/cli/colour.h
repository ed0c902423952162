#pragma once
// Colour on a terminal, for severities: never when NO_COLOR is set (https://no-color.org) or
// the stream is not a terminal.
#include <string>

#include "validate/finding.h"

namespace occx::cli {

bool colour_on(int fd);
// "\033[31m" ... for a severity (error red, warning yellow, info dim); "" for none.
std::string severity_colour(Severity s);
// A finding's line with its severity word coloured.
std::string coloured_finding(const Finding& f);
// "warning: " coloured for standard error, or plain when colour is off there.
std::string warning_prefix();

}  // namespace occx::cli
