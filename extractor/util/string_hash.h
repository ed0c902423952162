#pragma once
// A hash for unordered containers keyed by std::string that can be searched with a
// std::string_view (with std::equal_to<>), so that a lookup builds no string.
#include <functional>
#include <string_view>

namespace occx {

struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace occx
