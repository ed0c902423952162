#pragma once
// Small facts about records that several rules ask: numbers, statuses, dates, identity.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/record.h"
#include "validate/finding.h"
#include "validate/report_set.h"

namespace occx {

// The number a cell denotes, when it is a clean number, percentage or amount of money.
std::optional<double> number_of(const std::optional<Value>& v);
// 1364 -> "1,364.00": for numbers validate computes (sums); printed cells are quoted raw.
std::string format_number(double x);

bool is_rag(const OptString& status);  // GREEN, AMBER or RED
// Printed as monitoring only or not reported (NA, NR): no status judges the figures.
bool is_unrated(const OptString& status);

// The sentences of a comment (numbers like 95.81% keep their dot; a line break ends one).
std::vector<std::string> sentences(const std::string& text);

// The two triples of a record, named as messages name them.
struct NamedTriple {
    const char* name;  // "period" or "YTD"
    const Triple* triple;
};
std::vector<NamedTriple> triples_of(const Record& r);

// A title's lower-cased words of three letters or more ("Stage 1" and "Stage 2" are alike).
std::set<std::string> title_words(const std::string& title);
// Titles that share half the words of the shorter one (either without words: true).
bool same_title(const std::string& a, const std::string& b);
// Same id and, where both have titles, titles that share most of their words: measure ids are
// renumbered between years, so an id alone does not make two rows the same measure.
bool same_measure(const Record& a, const Record& b);
const Record* find_measure(const ReportRecords& report, const Record& like);
// The measure's rows in other reports.
std::vector<const Record*> rows_elsewhere(const std::vector<const ReportRecords*>& reports,
                                          const Record& like);

struct YearMonth {
    int year = 0, month = 0;  // month 1..12
    bool operator==(const YearMonth&) const = default;
};
std::optional<YearMonth> year_month(const OptString& iso_date);
// The financial year (April to March) as the year it starts in.
int financial_year(YearMonth ym);
// Months since some origin: differences count months.
int month_number(YearMonth ym);
const char* month_name(int month);
// "2024-11" for messages.
std::string year_month_text(YearMonth ym);

// A finding about one record, with its file and pages.
Finding finding_about(const Record& r, Severity severity, std::string rule, std::string message);

}  // namespace occx
