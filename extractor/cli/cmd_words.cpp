// occx words: the positioned words occx sees on each page — for writing and debugging patterns.
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/input.h"
#include "pdf/pdf_document.h"
#include "pipeline/glyph_ocr.h"
#include "pipeline/pdf_extract.h"
#include "table/glyph_names.h"
#include "util/error.h"
#include "util/text.h"

namespace occx::cli {

CommandSpec words_spec() {
    CommandSpec spec{"words",
            "occx words [OPTIONS] FILE.pdf",
            "Print the positioned words occx reads on each page (text layer or OCR) as TSV",
            {{"page", 'p', true, "N", "only page N"},
             {"output", 'o', true, "FILE", "write the TSV to FILE instead of standard output"},
             {"ocr", 0, true, "MODE", "auto (default): OCR pages without a usable text layer; never; always"},
             {"dpi", 0, true, "N", "resolution for OCR rendering (default 300)"},
             {"patterns", 0, true, "DIR", "use the pattern pack in DIR"}}};
    for (auto& o : limit_options()) spec.options.push_back(std::move(o));
    return spec;
}

int run_words(const Args& args) {
    if (args.positional().size() != 1) throw UsageError{"words needs exactly one FILE (see occx words --help)"};
    const std::string& path = args.positional()[0];
    ExtractOptions options = extract_options_from(args);
    std::string bytes = read_input(path, options.max_input_bytes);
    OutputStream output(args);
    std::ostream& out = output.get();
    try {
        PdfDocument doc(bytes);
        Context context(options.patterns_dir);
        PreparePage prepare = page_preparer(options, context);
        GlyphNamer glyphs(context.patterns(), glyph_reader_for(options, context));
        int only = args.int_value("page", 1, 1000000).value_or(0);
        if (only > doc.page_count()) fail("", "has " + std::to_string(doc.page_count()) + " pages, not " + std::to_string(only));
        out << "page\tx0\ty0\tx1\ty1\tsize\trot\tconf\tfont\ttext\n";
        for (int n = 1; n <= doc.page_count(); ++n) {
            if (only && n != only) continue;
            Page page;
            try {
                PreparedPage prepared = prepare(doc, n, false);
                if (prepared.drawing) glyphs.name_glyphs(prepared.page, *prepared.drawing);
                page = std::move(prepared.page);
            } catch (const Error& e) {
                fail("page " + std::to_string(n), e.what());
            }
            for (const auto& w : page.words) {
                char buf[128];
                std::snprintf(buf, sizeof buf, "%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%d\t%.2f\t", n, w.box.x0, w.box.y0,
                              w.box.x1, w.box.y1, w.font_size, w.rotation, w.confidence);
                out << buf << w.font << "\t" << w.text << "\n";
            }
        }
    } catch (const Error& e) {
        throw Error(path + ": " + e.what());
    }
    output.commit();
    return kOk;
}

}  // namespace occx::cli
