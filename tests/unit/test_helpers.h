#pragma once
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/extraction.h"
#include "patterns/pattern_pack.h"
#include "pipeline/context.h"

// The tests' common fixture: a context with the repository's own pattern pack, made once for
// the test binary (loading the pack costs more than most tests).
inline occx::Context& repo_context() {
    static occx::Context context{std::string(OCCX_SOURCE_PATTERNS_DIR)};
    return context;
}

inline const occx::PatternPack& repo_patterns() { return repo_context().patterns(); }

// The record for one measure id; the test fails when there is none.
inline const occx::Record& record(const occx::ExtractResult& r, const std::string& id) {
    for (const auto& rec : r.records)
        if (rec.measure_id == id) return rec;
    FAIL("no record " << id);
    throw;
}

inline std::string raw(const std::optional<occx::Value>& v) { return v ? v->raw : "(null)"; }

// A line of fixed-width text (as pdftotext -layout sets it): each piece at its character
// column, or a space after the piece before where that runs past it.
inline std::string at_columns(const std::vector<std::pair<size_t, std::string>>& pieces) {
    std::string line;
    for (const auto& [column, text] : pieces) {
        if (line.size() < column) line.append(column - line.size(), ' ');
        else if (!line.empty()) line += ' ';
        line += text;
    }
    return line + "\n";
}

// A valid one-page PDF whose text layer says text; distinct texts give distinct files. hidden
// draws it invisible (render mode 3), as OCR tools lay their text under a scan's image.
inline std::string tiny_pdf(const std::string& text, bool hidden = false) {
    const std::string content = std::string("BT ") + (hidden ? "3 Tr " : "") + "/F1 12 Tf 72 720 Td (" + text + ") Tj ET\n";
    std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    std::string pdf = "%PDF-1.4\n";
    std::vector<size_t> offsets;
    for (size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (size_t off : offsets) {
        std::string n = std::to_string(off);
        pdf += std::string(10 - n.size(), '0') + n + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}
