#include "model/document.h"
#include "model/value.h"

namespace occx {

const char* method_name(PageMethod m) {
    switch (m) {
        case PageMethod::text: return "text";
        case PageMethod::ocr: return "ocr";
        case PageMethod::plain: return "plain";
    }
    return "text";
}

namespace {
constexpr const char* kKindNames[] = {"number", "percent", "money", "text",
                                      "not_applicable", "not_reported", "malformed"};
}

const char* kind_name(ValueKind k) { return kKindNames[static_cast<int>(k)]; }

std::optional<ValueKind> kind_from_name(const std::string& name) {
    for (int i = 0; i < 7; ++i)
        if (name == kKindNames[i]) return static_cast<ValueKind>(i);
    return std::nullopt;
}

}  // namespace occx
