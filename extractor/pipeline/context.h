#pragma once
// What a run shares between its documents, made once by its caller (the CLI, a test) and
// passed down, as MuPDF passes its fz_context: the pattern pack it reads with and the OCR
// engines it has loaded. Nothing of it is process-wide: two contexts never share state.
#include <optional>
#include <string>

#include "ocr/engine_pool.h"
#include "patterns/pattern_pack.h"

namespace occx {

class Context {
public:
    // Loads the pattern pack from dir, else from where resolve_patterns_dir finds it; throws
    // occx::Error when it is missing or a pattern does not compile.
    explicit Context(const std::optional<std::string>& patterns_dir = {});
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    const PatternPack& patterns() const { return patterns_; }
    OcrEngines& engines() { return engines_; }

private:
    PatternPack patterns_;
    OcrEngines engines_;
};

}  // namespace occx
