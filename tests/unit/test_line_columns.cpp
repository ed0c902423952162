// Layout text whose columns drift row by row, as pdftotext -layout sets them: each row's cells
// are read by order, kind and the row's own starts, not by where the header's labels sit.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "pipeline/extract.h"
#include "test_helpers.h"

using namespace occx;

namespace {


ExtractResult read_layout(const std::string& text) {
    ExtractOptions options;
    return extract_bytes(text, "drift.txt", options, repo_context());
}

const std::string kHeader = at_columns({{0, "Measure"}, {26, "Director"}, {40, "Unit"}, {46, "Actual"},
                                        {56, "Target"}, {66, "Status"}, {74, "Comment"}, {110, "Finance Impact"}});

// A row set where the header's columns say.
const std::string kAlignedRow =
    at_columns({{0, "OCC01.01 Lights fitted"}, {26, "Jo Bloggs"}, {41, "#"}, {48, "5"}, {58, "10"}, {66, "GREEN"},
                {74, "Good progress made."}, {110, "None."}}) +
    at_columns({{0, "with LED lanterns"}, {74, "Work goes on."}});

}  // namespace

TEST_CASE("a row whose cells the converter moved is read by order, kind and its own starts", "[table][layout]") {
    // From the unit on, this row sits six characters left; its status is drawn, so the converter
    // closed up that column too, and its comment sits sixteen characters left of the label.
    const std::string text =
        kHeader + "\n" + kAlignedRow +
        at_columns({{0, "OCC01.02 Bins emptied"}, {24, "Al Smith"}, {35, "%"}, {40, "7.5%"}, {50, "12.0%"},
                    {58, "Behind target for"}, {100, "Costs rise."}}) +
        at_columns({{0, "on the day planned"}, {58, "the month."}, {100, "Met from reserves."}});
    auto result = read_layout(text);
    const Record& r = record(result, "OCC01.02");
    CHECK(r.title.value_or("") == "Bins emptied on the day planned");
    CHECK(r.director.value_or("") == "Al Smith");
    CHECK(r.unit.value_or("") == "%");
    CHECK(raw(r.period.actual) == "7.5%");
    CHECK(raw(r.period.target) == "12.0%");
    CHECK(r.comment.value_or("") == "Behind target for the month.");
    CHECK(r.finance_impact.value_or("") == "Costs rise. Met from reserves.");
    // the row set where its header says is read as before
    const Record& first = record(result, "OCC01.01");
    CHECK(raw(first.period.actual) == "5");
    CHECK(first.comment.value_or("") == "Good progress made. Work goes on.");
}

TEST_CASE("a watermark's letters among the cells are no cell's text; a status letter is", "[table][layout]") {
    const std::string text =
        kHeader + "\n" + kAlignedRow +
        at_columns({{0, "OCC01.03 Roads mended"}, {26, "Ann Lee"}, {41, "#"}, {48, "8"}, {58, "9"}, {67, "A"},
                    {74, "Nearly there."}, {110, "None."}}) +
        at_columns({{0, "within a month"}, {30, "D"}, {90, "R A"}});
    auto result = read_layout(text);
    const Record& r = record(result, "OCC01.03");
    CHECK(r.director.value_or("") == "Ann Lee");
    CHECK(r.comment.value_or("") == "Nearly there.");
    CHECK(r.period.status.value_or("") == "AMBER");
}

TEST_CASE("a title wrapped under a row's id goes on with its first word, whatever it is", "[table][layout]") {
    // "Total" starts a totals row elsewhere (table.non_measure_row); under an id alone it is a title
    const std::string text =
        kHeader + "\n" + kAlignedRow +
        at_columns({{0, "OCC01.04"}, {26, "Bo Chan"}, {41, "#"}, {48, "3"}, {58, "4"}, {66, "RED"},
                    {74, "On the way."}, {110, "None."}}) +
        at_columns({{0, "Total trees planted"}});
    auto result = read_layout(text);
    CHECK(record(result, "OCC01.04").title.value_or("") == "Total trees planted");
}

TEST_CASE("a status word the converter moved into an empty prose column before it is still a status", "[table][layout]") {
    // A timeframe column, empty on the second row, sits before the statuses. The converter closed
    // that row's cells up, so its first "GREEN" starts under the timeframe's label: a timeframe
    // reading "GREEN" alone is unlikely, a status moved is not.
    const std::string text =
        at_columns({{126, "Year to"}}) +
        at_columns({{89, "Period"}, {98, "Actual this"}, {112, "Target this"}, {137, "Actual"}}) +
        at_columns({{0, "Measure and description Portfolio"}, {52, "Narrative"}, {77, "Timeframe"}}) +
        at_columns({{90, "RAG"}, {100, "period"}, {114, "period"}}) + at_columns({{127, "Date"}}) +
        at_columns({{137, "(YTD)"}}) + at_columns({{146, "Target YTD"}}) + at_columns({{126, "Status"}}) +
        at_columns({{0, "OCC01.02 Rate of fostering"}, {30, "Cllr F"}, {40, "The October figure of 32.14 is"},
                    {77, "Review in"}, {89, "AMBER"}, {99, "32.14"}, {113, "31.00"}, {126, "RED"}, {136, "228.62"},
                    {146, "217.00"}}) +
        at_columns({{0, "enquiries per 10,000"}, {30, "Northcott just short of target (31.00). A"}, {77, "September"}}) +
        at_columns({{41, "is prioritised at the front door."}}) +
        at_columns({{0, "OCC02.06 Number of"}, {30, "Cllr G"}, {39, "The October figure of 3,128 is"}, {77, "GREEN"},
                    {85, "3,128"}, {93, "2,400"}, {101, "GREEN"}, {109, "21,957"}, {119, "16,800"}});
    auto result = read_layout(text);
    const Record& r = record(result, "OCC02.06");
    CHECK(r.period.status.value_or("") == "GREEN");
    CHECK_FALSE(r.timeframe.has_value());
    CHECK(raw(r.period.actual) == "3,128");
    CHECK(raw(r.ytd.target) == "16,800");
    CHECK(record(result, "OCC01.02").timeframe.value_or("") == "Review in September");
}

TEST_CASE("a row's figures layout text set on the line above its id are that row's", "[table][layout]") {
    // The values sit a little above the id's baseline, so the converter's line grid puts them on
    // the line before it, below the last line of the row above (whose figures are read).
    const std::string text = kHeader + "\n" + kAlignedRow +
                             at_columns({{48, "7"}, {58, "12"}, {66, "RED"}}) +
                             at_columns({{0, "OCC01.05 Grants paid"}, {26, "Di Roe"}, {41, "#"}, {74, "Late claims."},
                                         {110, "None."}});
    auto result = read_layout(text);
    const Record& r = record(result, "OCC01.05");
    CHECK(raw(r.period.actual) == "7");
    CHECK(raw(r.period.target) == "12");
    CHECK(r.period.status.value_or("") == "RED");
    CHECK(r.comment.value_or("") == "Late claims.");
    const Record& first = record(result, "OCC01.01");
    CHECK(raw(first.period.actual) == "5");
    CHECK(raw(first.period.target) == "10");
    CHECK(first.period.status.value_or("") == "GREEN");
}

TEST_CASE("a row's last figures set just above the next id stay with it when its cells are empty", "[table][layout]") {
    // the row above printed no figures on its first line: the figures are its own, read late
    const std::string text = kHeader + "\n" +
                             at_columns({{0, "OCC01.06 Paths cleared"}, {26, "Jo Bloggs"}, {41, "#"}, {74, "Slow."}}) +
                             at_columns({{48, "3"}, {58, "4"}, {66, "AMBER"}}) +
                             at_columns({{0, "OCC01.07 Signs fixed"}, {26, "Al Smith"}, {41, "#"}, {48, "9"}, {58, "9"},
                                         {66, "GREEN"}});
    auto result = read_layout(text);
    CHECK(raw(record(result, "OCC01.06").period.actual) == "3");
    CHECK(raw(record(result, "OCC01.07").period.actual) == "9");
}

TEST_CASE("a row's figures set across the column boundaries are its cells, not prose", "[table][layout]") {
    // The converter set this row's figures five characters left of the header's columns, so they
    // reach over the column boundaries, as a line of prose across the table would.
    const std::string text = kHeader + "\n" + kAlignedRow + at_columns({{0, "OCC01.08"}}) +
                             at_columns({{0, "Paths cleared"}}) +
                             at_columns({{36, "#"}, {43, "5.00"}, {53, "10.00"}, {61, "GREEN"}}) +
                             at_columns({{74, "Cleared on time."}});
    auto result = read_layout(text);
    const Record& r = record(result, "OCC01.08");
    CHECK(raw(r.period.actual) == "5.00");
    CHECK(raw(r.period.target) == "10.00");
    CHECK(r.period.status.value_or("") == "GREEN");
    CHECK(r.comment.value_or("") == "Cleared on time.");
}

TEST_CASE("a row's figures laid out below its comment are its cells, not more comment", "[table][layout]") {
    // A scorecard prints each row's comment on a line of its own below the row; layout text may
    // set the row's figures after it (a watermark's letters between them moved the lines).
    const std::string header = at_columns({{0, "Measure"}, {60, "Units"}, {70, "Target"}, {82, "Actual"}, {94, "Status"}});
    const std::string text =
        header + "\n" + at_columns({{0, "OCC07.06 Plans issued within 20 weeks"}, {61, "%"}, {70, "60.00"}, {82, "58.00"},
                                    {94, "RED"}}) +
        at_columns({{0, "Comment : Short of target this month."}}) +
        at_columns({{0, "OCC07.08 Young people in training"}, {40, "E"}}) +
        at_columns({{0, "Comment : Ahead of target (420.00) this month."}}) +
        at_columns({{40, "C"}, {61, "#"}, {70, "420.00"}, {82, "541.00"}, {94, "GREEN"}}) +
        at_columns({{0, "OCC07.09 Apprentices"}, {61, "#"}, {70, "10"}, {82, "12"}, {94, "GREEN"}});
    auto result = read_layout(text);
    const Record& r = record(result, "OCC07.08");
    CHECK(raw(r.period.target) == "420.00");
    CHECK(raw(r.period.actual) == "541.00");
    CHECK(r.period.status.value_or("") == "GREEN");
    CHECK(r.comment.value_or("") == "Ahead of target (420.00) this month.");
    // a row whose figures are read keeps a comment line of figures as comment
    CHECK(raw(record(result, "OCC07.06").period.actual) == "58.00");
}

TEST_CASE("values printed in words, each a cell of its own, are the row's values", "[table][layout]") {
    // Wide words close the row's cells up against the title, off the header's columns.
    const std::string header = at_columns({{0, "Measure"}, {120, "Trend"}, {134, "Target"}, {160, "Actual"},
                                           {186, "Status"}});
    const std::string text =
        header + "\n" +
        at_columns({{0, "OCC05.07 Buses running on time"}, {121, "↑"}, {134, "90.00"}, {160, "91.00"}, {186, "GREEN"}}) +
        at_columns({{0, "OCC05.08 Delivery of the countywide cycle network programme"}, {116, "↔"},
                    {122, "Delivering to plan"}, {143, "Slightly behind schedule"}, {170, "AMBER"}});
    auto result = read_layout(text);
    const Record& r = record(result, "OCC05.08");
    CHECK(r.title.value_or("") == "Delivery of the countywide cycle network programme");
    CHECK(r.trend.value_or("") == "↔");
    CHECK(raw(r.period.target) == "Delivering to plan");
    CHECK(raw(r.period.actual) == "Slightly behind schedule");
    CHECK(r.period.status.value_or("") == "AMBER");
}

TEST_CASE("a value printed in words goes on under its own cell, not into the unit or trend beside it",
          "[table][layout]") {
    const std::string header = at_columns({{0, "Measure"}, {26, "Director"}, {40, "Unit"}, {46, "Trend"},
                                           {54, "Actual"}, {70, "Target"}, {86, "Comment"}});
    const std::string text =
        header + "\n" +
        at_columns({{0, "OCC05.08 Cycle network"}, {26, "Jo Bloggs"}, {41, "#"}, {47, "↑"}, {54, "Delivering to"},
                    {70, "Delivering to"}, {86, "On plan this month."}}) +
        at_columns({{0, "programme"}, {54, "plan"}, {70, "plan"}, {86, "Work goes on."}});
    auto result = read_layout(text);
    const Record& r = record(result, "OCC05.08");
    CHECK(raw(r.period.actual) == "Delivering to plan");
    CHECK(raw(r.period.target) == "Delivering to plan");
    CHECK(r.trend.value_or("") == "↑");
    CHECK(r.unit.value_or("") == "#");
}

TEST_CASE("a unit never wraps: a comment line's first word set under it is the comment's", "[table][layout]") {
    // after a page break the converter set the comment's lines under the unit beside it
    const std::string header = at_columns({{0, "Measure"}, {26, "Director"}, {40, "Unit"}, {46, "Comment"},
                                           {90, "Finance Impact"}, {110, "Actual"}, {120, "Target"}});
    const std::string text =
        header + "\n" +
        at_columns({{0, "OCC01.05 Parks opened"}, {26, "Cy Dee"}, {41, "#"}, {46, "The figure is ahead"},
                    {90, "None."}, {110, "2"}, {120, "2"}}) +
        at_columns({{0, "to the public"}, {41, "The target was met."}}) + at_columns({{41, "The parks stay open."}});
    auto result = read_layout(text);
    const Record& r = record(result, "OCC01.05");
    CHECK(r.unit.value_or("") == "#");
    CHECK(r.comment.value_or("") == "The figure is ahead The target was met. The parks stay open.");
    CHECK(r.finance_impact.value_or("") == "None.");
}

TEST_CASE("a watermark's letter or dash below a cell the row has filled is no part of it", "[table][layout]") {
    const std::string text =
        kHeader + "\n" + kAlignedRow +
        at_columns({{0, "OCC01.06 Roads mended"}, {26, "Ann Lee"}, {41, "#"}, {48, "8"}, {58, "9"}, {66, "RED"},
                    {74, "Nearly there."}, {110, "None."}}) +
        at_columns({{0, "within a month"}, {48, "-"}, {67, "N"}});
    auto result = read_layout(text);
    const Record& r = record(result, "OCC01.06");
    CHECK(raw(r.period.actual) == "8");
    CHECK(r.period.status.value_or("") == "RED");
    CHECK(r.comment.value_or("") == "Nearly there.");
    CHECK(r.finance_impact.value_or("") == "None.");
}

TEST_CASE("a row's id set among its header's centred labels names no column", "[table][layout]") {
    // the converter set the first row's id between the group label and the two-line labels
    const std::string text =
        at_columns({{44, "Current"}}) + at_columns({{44, "Month"}}) + "\n" + at_columns({{0, "OCC02.02"}}) +
        at_columns({{11, "Performance"}, {28, "Lead"}, {40, "Unit"}, {46, "Actual"}, {56, "Target"}, {66, "Status"},
                    {74, "Comment"}, {110, "Finance Impact"}}) +
        at_columns({{13, "Measure"}, {27, "Officer"}}) +
        at_columns({{0, "Library members"}, {26, "Jo Bloggs"}, {41, "#"}, {48, "5"}, {58, "10"}, {66, "GREEN"},
                    {74, "Good progress."}, {110, "None."}}) +
        at_columns({{0, "OCC02.03 Library visits"}, {26, "Al Smith"}, {41, "#"}, {48, "7"}, {58, "12"}, {66, "RED"},
                    {74, "Fewer visits."}, {110, "Costs rise."}});
    auto result = read_layout(text);
    for (const auto& note : result.summary.notes) CHECK(note.find("OCC02.02 =") == std::string::npos);
    const Record& r = record(result, "OCC02.03");
    CHECK(r.director.value_or("") == "Al Smith");
    CHECK(raw(r.period.actual) == "7");
    CHECK(r.period.status.value_or("") == "RED");
    CHECK(r.finance_impact.value_or("") == "Costs rise.");
}
