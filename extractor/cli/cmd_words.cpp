// occx words: the positioned words occx sees on each page — for writing and debugging patterns.
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "pdf/pdf_document.h"
#include "util/error.h"
#include "util/text.h"

namespace occx::cli {

CommandSpec words_spec() {
    return {"words",
            "occx words [OPTIONS] FILE.pdf",
            "Print the text layer's positioned words (page, box in points, font, text) as TSV",
            {{"page", 'p', true, "N", "only page N"}}};
}

int run_words(const Args& args) {
    if (args.positional().size() != 1) throw UsageError{"words needs exactly one FILE (see occx words --help)"};
    const std::string& path = args.positional()[0];
    std::string bytes = read_file(path);
    try {
        PdfDocument doc(bytes);
        int only = args.int_value("page", 1, 1000000).value_or(0);
        if (only > doc.page_count()) fail("", "has " + std::to_string(doc.page_count()) + " pages, not " + std::to_string(only));
        std::cout << "page\tx0\ty0\tx1\ty1\tsize\trot\tfont\ttext\n";
        for (int n = 1; n <= doc.page_count(); ++n) {
            if (only && n != only) continue;
            Page page = doc.read_words(n);
            for (const auto& w : page.words) {
                char buf[128];
                std::snprintf(buf, sizeof buf, "%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%d\t", n, w.box.x0, w.box.y0,
                              w.box.x1, w.box.y1, w.font_size, w.rotation);
                std::cout << buf << w.font << "\t" << w.text << "\n";
            }
        }
    } catch (const Error& e) {
        throw Error(path + ": " + e.what());
    }
    return kOk;
}

}  // namespace occx::cli
