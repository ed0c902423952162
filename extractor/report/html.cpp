#include "report/html.h"

#include <cctype>
#include <cmath>
#include <cstdio>

#include "util/text.h"

namespace occx {

std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string file_href(const std::string& path) {
    static const char* const kHex = "0123456789ABCDEF";
    std::string out = !path.empty() && path[0] == '/' ? "file://" : "";
    for (unsigned char c : path) {
        if (std::isalnum(c) || std::string_view("/-._~").find(static_cast<char>(c)) != std::string_view::npos) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

std::string svg_number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    std::string s = buf;
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s == "-0" ? "0" : s;
}

namespace {

std::string with_thousands(long long n) {
    std::string digits = std::to_string(n < 0 ? -n : n);
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return (n < 0 ? "-" : "") + out;
}

}  // namespace

std::string axis_number(double v) {
    char buf[32];
    const double a = std::fabs(v);
    if (a >= 1e6) {
        std::snprintf(buf, sizeof buf, "%.3g", v / 1e6);
        return std::string(buf) + "M";
    }
    if (a >= 1000 || v == std::floor(v)) return with_thousands(std::llround(v));
    std::snprintf(buf, sizeof buf, "%.3g", v);
    return buf;
}

std::optional<int> month_index(std::string_view iso_date) {
    if (iso_date.size() < 7 || iso_date[4] != '-') return std::nullopt;
    for (size_t i : {0, 1, 2, 3, 5, 6})
        if (!std::isdigit(static_cast<unsigned char>(iso_date[i]))) return std::nullopt;
    const int year = std::stoi(std::string(iso_date.substr(0, 4)));
    const int month = std::stoi(std::string(iso_date.substr(5, 2)));
    if (month < 1 || month > 12) return std::nullopt;
    return year * 12 + month - 1;
}

std::string month_text(int index) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", index / 12, index % 12 + 1);
    return buf;
}

StatusLook status_look(const std::optional<std::string>& status) {
    const std::string s = status ? to_upper_ascii(trim(*status)) : "";
    if (s == "GREEN") return {"GREEN", "sG", "st-g", "\xE2\x97\x8F"};   // ●
    if (s == "AMBER") return {"AMBER", "sA", "st-a", "\xE2\x96\xB2"};   // ▲
    if (s == "RED") return {"RED", "sR", "st-r", "\xE2\x96\xA0"};       // ■
    return {"none", "sN", "st-n", "\xE2\x97\x87"};                       // ◇
}

}  // namespace occx
