#include "text/text_extract.h"

#include "util/error.h"

namespace occx {

ExtractResult extract_text(std::string_view, const PatternPack&) {
    fail("", "text inputs are not supported yet");
}

}  // namespace occx
