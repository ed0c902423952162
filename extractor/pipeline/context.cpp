#include "pipeline/context.h"

namespace occx {

// The shipped pack is compiled as it is read (its every entry is tested); a pack the user names
// with --patterns is compiled whole at once, so that a mistake in it is named before any work.
Context::Context(const std::optional<std::string>& patterns_dir)
    : patterns_(PatternPack::load(resolve_patterns_dir(patterns_dir))) {
    if (patterns_dir) patterns_.compile_all();
}

}  // namespace occx
