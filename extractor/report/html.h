#pragma once
// Small pieces the HTML report is written with: escaping, numbers, months, status looks.
#include <optional>
#include <string>
#include <string_view>

namespace occx {

std::string html_escape(std::string_view s);
// A file name as a link target: absolute paths as file:// URLs, others relative, percent-encoded.
std::string file_href(const std::string& path);
// A coordinate for SVG: one decimal, no trailing ".0".
std::string svg_number(double v);
// An axis label: 1250 → "1,250", 1250000 → "1.25M", 0.5 → "0.5".
std::string axis_number(double v);

// Months counted from year 0, so that consecutive months differ by one; nullopt when the
// date does not start with YYYY-MM.
std::optional<int> month_index(std::string_view iso_date);
std::string month_text(int index);  // "2024-07"

// How a RAG status is drawn: colour (CSS class) and shape (SVG symbol), so that it reads
// without colour too.
struct StatusLook {
    const char* name;    // "GREEN", "AMBER", "RED", or "none" for NA, NR and unknown
    const char* symbol;  // id of the marker in the page's shared <defs>
    const char* css;     // class of the status text
    const char* glyph;   // the shape as a character, for tables
};
StatusLook status_look(const std::optional<std::string>& status);

}  // namespace occx
