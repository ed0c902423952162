#include "text/ocr_formats.h"

#include <cstdio>
#include <algorithm>
#include <cstdlib>
#include <string>

#include "text/word_skew.h"
#include "util/text.h"

namespace occx {

namespace {

constexpr double kPointsPerInch = 72;

// The value of an XML attribute in one tag's text, quoted either way; empty when absent.
std::string attribute(std::string_view tag, std::string_view name) {
    for (size_t at = tag.find(name); at != std::string_view::npos; at = tag.find(name, at + 1)) {
        const bool starts_word = at == 0 || tag[at - 1] == ' ' || tag[at - 1] == '\t' || tag[at - 1] == '\n';
        size_t eq = at + name.size();
        if (!starts_word || eq >= tag.size() || tag[eq] != '=' || eq + 1 >= tag.size()) continue;
        const char quote = tag[eq + 1];
        if (quote != '"' && quote != '\'') continue;
        const size_t end = tag.find(quote, eq + 2);
        if (end == std::string_view::npos) return {};
        return std::string(tag.substr(eq + 2, end - eq - 2));
    }
    return {};
}

std::string decode_entities(std::string s) {
    static const std::pair<const char*, const char*> entities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&apos;", "'"}, {"&amp;", "&"}};
    for (const auto& [from, to] : entities)
        for (size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += std::string_view(to).size())
            s.replace(pos, std::string_view(from).size(), to);
    return s;
}

// The numbers after a key in an hOCR title: "bbox 88 132 222 153; x_wconf 96".
std::vector<double> title_numbers(std::string_view title, std::string_view key) {
    std::vector<double> out;
    size_t at = title.find(key);
    if (at == std::string_view::npos) return out;
    std::string rest(title.substr(at + key.size()));
    rest = rest.substr(0, rest.find(';'));
    for (const auto& part : split(rest, ' '))
        if (!part.empty()) out.push_back(std::atof(part.c_str()));
    return out;
}

Page new_page(std::vector<Page>& pages) {
    Page p;
    p.number = static_cast<int>(pages.size()) + 1;
    p.method = PageMethod::ocr;  // another tool's OCR: its slips are read back as occx's own are
    return p;
}

void add_word(Page& page, std::string text, double x0, double y0, double x1, double y1, double conf, double scale) {
    text = trim(text);
    if (text.empty() || x1 <= x0 || y1 <= y0) return;
    Word w;
    w.text = std::move(text);
    w.box = {x0 * scale, y0 * scale, x1 * scale, y1 * scale};
    w.confidence = conf;
    page.words.push_back(std::move(w));
}

std::vector<Page> from_tsv(std::string_view text) {
    std::vector<Page> pages;
    const double scale = kPointsPerInch / kAssumedScanDpi;
    for (const auto& line : split(std::string(text), '\n')) {
        auto f = split(line, '\t');
        if (f.size() < 12 || f[0] == "level") continue;
        const int level = std::atoi(f[0].c_str());
        const double left = std::atof(f[6].c_str()), top = std::atof(f[7].c_str());
        const double width = std::atof(f[8].c_str()), height = std::atof(f[9].c_str());
        if (level == 1) {
            pages.push_back(new_page(pages));
            pages.back().width = width * scale;
            pages.back().height = height * scale;
        } else if (level == 5 && !pages.empty()) {
            add_word(pages.back(), f[11], left, top, left + width, top + height, std::atof(f[10].c_str()) / 100, scale);
        }
    }
    return pages;
}

// The TSV `occx words` prints, read back: a page's OCR kept to be read again without the scan
// (or corrected by hand). Boxes are already points; the page's size is not printed, so it is
// taken as the words' extent with the left margin mirrored on the right and below.
std::vector<Page> from_words_tsv(std::string_view text) {
    std::vector<Page> pages;
    for (const auto& line : split(std::string(text), '\n')) {
        auto f = split(line, '\t');
        if (f.size() < 10 || f[0] == "page") continue;
        const int number = std::atoi(f[0].c_str());
        if (number < 1) continue;
        while (static_cast<int>(pages.size()) < number) {
            pages.push_back(new_page(pages));
            pages.back().method = PageMethod::text;
        }
        Page& page = pages[static_cast<size_t>(number - 1)];
        const double conf = std::atof(f[7].c_str());
        add_word(page, f[9], std::atof(f[1].c_str()), std::atof(f[2].c_str()), std::atof(f[3].c_str()),
                 std::atof(f[4].c_str()), conf, 1);
        if (page.words.empty()) continue;
        Word& w = page.words.back();
        w.font_size = std::atof(f[5].c_str());
        w.rotation = std::atoi(f[6].c_str());
        w.font = f[8];
        if (conf < 1) page.method = PageMethod::ocr;  // a text layer's words are certain
    }
    for (auto& page : pages) {
        double x0 = 1e9, y0 = 1e9;
        for (const auto& w : page.words) {
            x0 = std::min(x0, w.box.x0), y0 = std::min(y0, w.box.y0);
            page.width = std::max(page.width, w.box.x1);
            page.height = std::max(page.height, w.box.y1);
        }
        if (!page.words.empty()) page.width += x0, page.height += y0;
    }
    return pages;
}

// Each tag opening with `open` in turn: its text up to '>', and where its content starts.
template <typename Visit>
void each_tag(std::string_view text, std::string_view open, Visit visit) {
    for (size_t at = text.find(open); at != std::string_view::npos; at = text.find(open, at + 1)) {
        const size_t end = text.find('>', at);
        if (end == std::string_view::npos) return;
        visit(at, text.substr(at, end - at), end + 1);
    }
}

std::vector<Page> from_hocr(std::string_view text) {
    std::vector<Page> pages;
    double scale = kPointsPerInch / kAssumedScanDpi;
    std::vector<size_t> page_starts;
    each_tag(text, "<div", [&](size_t at, std::string_view tag, size_t) {
        if (attribute(tag, "class") != "ocr_page") return;
        const std::string title = attribute(tag, "title");
        auto res = title_numbers(title, "scan_res");
        if (!res.empty() && res[0] > 0) scale = kPointsPerInch / res[0];
        auto bbox = title_numbers(title, "bbox");
        pages.push_back(new_page(pages));
        if (bbox.size() == 4) {
            pages.back().width = bbox[2] * scale;
            pages.back().height = bbox[3] * scale;
        }
        page_starts.push_back(at);
    });
    each_tag(text, "<span", [&](size_t at, std::string_view tag, size_t content) {
        if (attribute(tag, "class") != "ocrx_word" || pages.empty()) return;
        size_t p = 0;
        while (p + 1 < page_starts.size() && page_starts[p + 1] < at) ++p;
        const std::string title = attribute(tag, "title");
        auto bbox = title_numbers(title, "bbox");
        auto conf = title_numbers(title, "x_wconf");
        if (bbox.size() != 4) return;
        std::string inner(text.substr(content, text.find("</span", content) - content));
        // words may carry inline markup (<strong>, <em>): only the text counts
        std::string word;
        bool in_tag = false;
        for (char c : inner) {
            if (c == '<') in_tag = true;
            else if (c == '>') in_tag = false;
            else if (!in_tag) word.push_back(c);
        }
        add_word(pages[p], decode_entities(word), bbox[0], bbox[1], bbox[2], bbox[3],
                 conf.empty() ? 1.0 : conf[0] / 100, scale);
    });
    return pages;
}

std::vector<Page> from_alto(std::string_view text) {
    std::vector<Page> pages;
    const double scale = kPointsPerInch / kAssumedScanDpi;
    std::vector<size_t> page_starts;
    each_tag(text, "<Page", [&](size_t at, std::string_view tag, size_t) {
        pages.push_back(new_page(pages));
        pages.back().width = std::atof(attribute(tag, "WIDTH").c_str()) * scale;
        pages.back().height = std::atof(attribute(tag, "HEIGHT").c_str()) * scale;
        page_starts.push_back(at);
    });
    each_tag(text, "<String", [&](size_t at, std::string_view tag, size_t) {
        if (pages.empty()) return;
        size_t p = 0;
        while (p + 1 < page_starts.size() && page_starts[p + 1] < at) ++p;
        const double x = std::atof(attribute(tag, "HPOS").c_str()), y = std::atof(attribute(tag, "VPOS").c_str());
        const double w = std::atof(attribute(tag, "WIDTH").c_str()), h = std::atof(attribute(tag, "HEIGHT").c_str());
        const std::string wc = attribute(tag, "WC");
        add_word(pages[p], decode_entities(attribute(tag, "CONTENT")), x, y, x + w, y + h,
                 wc.empty() ? 1.0 : std::atof(wc.c_str()), scale);
    });
    return pages;
}

}  // namespace

PositionedFormat detect_positioned_format(std::string_view text) {
    const std::string_view head = text.substr(0, 4096);
    if (head.rfind("level\tpage_num\tblock_num", 0) == 0) return PositionedFormat::tsv;
    if (head.rfind("page\tx0\ty0\tx1\ty1\t", 0) == 0) return PositionedFormat::words;
    if (head.find("<alto") != std::string_view::npos && text.find("<String") != std::string_view::npos)
        return PositionedFormat::alto;
    if (text.find("ocr_page") != std::string_view::npos && text.find("ocrx_word") != std::string_view::npos)
        return PositionedFormat::hocr;
    return PositionedFormat::none;
}

const char* positioned_format_name(PositionedFormat format) {
    switch (format) {
        case PositionedFormat::tsv: return "Tesseract TSV";
        case PositionedFormat::words: return "occx words TSV";
        case PositionedFormat::hocr: return "hOCR";
        case PositionedFormat::alto: return "ALTO XML";
        case PositionedFormat::none: break;
    }
    return "text";
}

std::vector<Page> pages_from_positioned(std::string_view text, PositionedFormat format,
                                        std::vector<std::string>* notes) {
    std::vector<Page> pages;
    switch (format) {
        case PositionedFormat::tsv: pages = from_tsv(text); break;
        case PositionedFormat::words: pages = from_words_tsv(text); break;
        case PositionedFormat::hocr: pages = from_hocr(text); break;
        case PositionedFormat::alto: pages = from_alto(text); break;
        case PositionedFormat::none: break;
    }
    for (auto& page : pages) {
        const double degrees = level_words(page);  // OCR of a skewed scan that was not deskewed
        if (degrees != 0 && notes) {
            char angle[32];
            std::snprintf(angle, sizeof angle, "%.2f", degrees);
            notes->push_back("page " + std::to_string(page.number) + ": words levelled by " + angle +
                             "° (the scan was OCR'd skewed)");
        }
    }
    return pages;
}

}  // namespace occx
