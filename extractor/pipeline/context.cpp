#include "pipeline/context.h"

namespace occx {

Context::Context(const std::optional<std::string>& patterns_dir)
    : patterns_(PatternPack::load(resolve_patterns_dir(patterns_dir))) {}

}  // namespace occx
