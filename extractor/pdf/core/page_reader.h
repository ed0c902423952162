#pragma once
// One pass of Poppler's core text device per page gives both the words (as the cpp API's
// text_list would) and the drawing: fills, strokes, marker-sized images, coloured text. Built
// only where the core OutputDev API of the installed Poppler compiles (OCCX_POPPLER_CORE).
#include <map>
#include <memory>
#include <utility>
#include <string_view>

#include "model/document.h"
#include "model/drawing.h"

class PDFDoc;

namespace occx {

class CorePageReader {
public:
    // bytes must outlive the reader; ok() is false when Poppler cannot open them.
    explicit CorePageReader(std::string_view bytes);
    ~CorePageReader();
    CorePageReader(const CorePageReader&) = delete;
    CorePageReader& operator=(const CorePageReader&) = delete;

    bool ok() const;
    Page read(int number, Drawing& drawing) const;

private:
    std::unique_ptr<PDFDoc> doc_;
    std::unique_ptr<std::map<std::pair<int, int>, DrawnImage>> images_;  // decoded marker images
};

}  // namespace occx
