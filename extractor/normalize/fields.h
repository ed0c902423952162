#pragma once
// Normalisers for the record's identifying and categorical fields.
#include <optional>
#include <string>
#include <string_view>

#include "model/table_row.h"
#include "patterns/pattern_pack.h"

namespace occx {

// Finds a measure id at the start of text (after leading spaces); mangled forms are repaired.
// consumed receives the number of bytes of text the id took.
std::optional<MeasureId> leading_measure_id(std::string_view text, const PatternPack& pack,
                                            size_t* consumed = nullptr);
// The id with a space OCR set after its letters ("OCC 10.04"), for the start of a text's row only:
// between positioned words such a space may be a column's gap.
std::optional<MeasureId> leading_spaced_measure_id(std::string_view text, const PatternPack& pack,
                                                   size_t* consumed = nullptr);
// The id-like text that starts text when no id can be read from it ("OCCO.02": OCR lost a
// digit), to be reported; nullopt when text starts with a readable id or with no id at all.
std::optional<std::string> unreadable_leading_id(std::string_view text, const PatternPack& pack);
// Finds the first measure id anywhere in text.
std::optional<MeasureId> find_measure_id(std::string_view text, const PatternPack& pack);
// The digit OCR's letter stands for inside an id: O → 0, B → 8, S → 5, I and l → 1.
char id_digit(char c);
// "1" → "01", "O3" → "03": OCR's letters read back as digits.
std::string normalise_id_digits(std::string_view digits, size_t width);

// GREEN, AMBER, RED, NA, NR, or nullopt when the text is not a status.
std::optional<std::string> parse_status(std::string_view text, const PatternPack& pack);
// The status a short cell names amid stray marks ("eo GREEN", "[AMBER]", "RED RAG"), or that
// OCR's misreading of a marker stands for (ocr.status_misread: "nla" for n/a, "*" for ★) when
// by_ocr; nullopt unless exactly one status is named. A lone letter is no evidence here: an
// "A" beside a word is as likely a misread mark as AMBER.
std::optional<std::string> status_amid_noise(std::string_view text, const PatternPack& pack, bool by_ocr);

// Director and portfolio-holder names: one line, OCR repairs (Clir → Cllr), no stray letters after the name.
std::string normalise_name(std::string_view text, const PatternPack& pack);

// ISO date from day, month (number or English name/abbreviation) and year; nullopt when invalid.
std::optional<std::string> iso_date(int day, std::string_view month, int year);
// The last day of a month: 2024, 11 → 2024-11-30.
std::string last_day_of_month(int year, int month);
// 1..12 from "NOV", "November", "11"; 0 when unknown.
int month_number(std::string_view month);

}  // namespace occx
