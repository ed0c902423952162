#include "pdf/pdf_extract.h"

#include "pdf/pdf_document.h"
#include "table/table_builder.h"
#include "util/error.h"

namespace occx {

ExtractResult extract_pdf(std::string_view bytes, const ExtractOptions& options, const PatternPack& pack) {
    (void)options;
    PdfDocument doc(bytes);
    ExtractResult result;
    result.summary.pages = doc.page_count();
    TableBuilder builder(pack);
    for (int n = 1; n <= doc.page_count(); ++n) builder.add_page(doc.read_words(n));
    result.records = builder.finish(&result.summary);
    return result;
}

}  // namespace occx
