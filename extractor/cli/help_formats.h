#pragma once
// The commands' help as a manual page (roff) and as a bash completion script: made from the
// same specs as --help, so that neither can drift from the options occx takes.
#include <string>
#include <vector>

#include "cli/args.h"

namespace occx::cli {

std::string man_page(const std::vector<CommandSpec>& specs, const std::string& version);
std::string bash_completion(const std::vector<CommandSpec>& specs);

}  // namespace occx::cli
