#include <catch2/catch.hpp>

#include <limits>
#include <map>

#include "page_builder.h"
#include "table/colour.h"
#include "table/gutters.h"
#include "table/header.h"
#include "table/header_reuse.h"
#include "table/label_words.h"
#include "table/line.h"
#include "normalize/fields.h"
#include "table/row_record.h"
#include "table/table_builder.h"
#include "text/layout_text.h"
#include "test_helpers.h"

using namespace occx;
using namespace testing_pages;

namespace {

// The 2022-23 monthly header: two-line labels, "Status" centred between the lines; moved
// right by dx, and without its first three labels when OCR lost them.
void put_monthly_header(Page& p, double y, double dx = 0, bool first_labels = true) {
    if (first_labels) {
        put(p, "Measure", 40 + dx, y + 4);
        put(p, "Director", 150 + dx, y + 4);
        put(p, "Portfolio", 200 + dx, y);
        put(p, "Holder", 200 + dx, y + 8);
    }
    put(p, "Period", 260 + dx, y);
    put(p, "Actual", 260 + dx, y + 8);
    put(p, "Period", 310 + dx, y);
    put(p, "Target", 310 + dx, y + 8);
    put(p, "Status", 360 + dx, y + 4);
    put(p, "Comment", 450 + dx, y + 4);
    put(p, "YTD", 600 + dx, y);
    put(p, "Actual", 600 + dx, y + 8);
    put(p, "YTD", 650 + dx, y);
    put(p, "Target", 650 + dx, y + 8);
    put(p, "YTD", 700 + dx, y + 4);
}

// One measure row whose cells wrap over two lines; returns the y below it.
double put_monthly_row(Page& p, double y, const std::string& id, const std::string& actual,
                       const std::string& status) {
    put(p, id + " Number of", 40, y);
    put(p, "things counted", 40, y + 8);
    put(p, "Jo Bloggs", 150, y);
    put(p, "Cllr A", 200, y);
    put(p, "Smith", 200, y + 8);
    put(p, actual, 265, y);
    put(p, "100", 315, y);
    if (!status.empty()) put(p, status, 365, y);
    put(p, "First line of", 420, y);
    put(p, "the comment.", 420, y + 8);
    put(p, "900", 605, y);
    put(p, "1,000", 655, y);
    if (!status.empty()) put(p, status, 705, y);
    return y + 24;
}

// The header of a layout text's first page.
std::optional<Header> layout_text_header(const std::string& text) {
    const std::vector<Page> pages = pages_from_layout_text(text);
    return find_header(group_lines(pages[0].words), 0, repo_patterns());
}

std::vector<std::string> column_keys(const Header& h) {
    std::vector<std::string> keys;
    for (const auto& c : h.columns) keys.push_back(c.key);
    return keys;
}

std::vector<Record> build(const std::vector<Page>& pages) {
    TableBuilder builder(repo_patterns());
    for (const auto& p : pages) builder.add_page(p, nullptr);
    return builder.finish(nullptr);
}

}  // namespace

TEST_CASE("words group into lines and phrases", "[table][lines]") {
    Page p = blank_page(1);
    put(p, "left words", 10, 100);
    put(p, "far right", 200, 101);
    put(p, "below", 10, 120);
    auto lines = group_lines(p.words);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].text() == "left words far right");
    auto phrases = split_phrases(lines[0]);
    REQUIRE(phrases.size() == 2);
    CHECK(phrases[0].text() == "left words");
    CHECK(phrases[1].text() == "far right");
}

TEST_CASE("a dash boxed a point high, or a word boxed with a ruling, stays on its line", "[table][lines]") {
    Page p = blank_page(1);
    put(p, "Oxfordshire County", 10, 100);
    Word dash;  // OCR's box of a hyphen: a point high, a little below the line's middle
    dash.text = "-";
    dash.box = {90, 104, 92, 105};
    p.words.push_back(dash);
    put(p, "Business", 100, 100);
    put(p, "Running", 200, 96, 15);  // boxed together with the cell's top ruling
    put(p, "Next line", 10, 110);
    auto lines = group_lines(p.words);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].text() == "Oxfordshire County - Business Running");
    CHECK(lines[1].text() == "Next line");
}

TEST_CASE("an OCR'd id is kept however unsure OCR was of it; other unsure words are not", "[table][lines]") {
    Page p = blank_page(1);
    put(p, "OCCO2.02 Number", 40, 100);
    put(p, "speck", 200, 100);
    put(p, "Clir", 300, 100);
    put(p, "“OCco1 03", 40, 120);  // an id whose dot OCR lost, split in two words, a quote glued on
    p.words[0].confidence = 0.18;
    p.words[2].confidence = 0.18;
    p.words[3].confidence = 0.27;
    p.words[4].confidence = 0.15;
    std::vector<std::string> kept;
    for (const auto& w : content_words(p, repo_patterns())) kept.push_back(w.text);
    CHECK(kept == std::vector<std::string>{"OCCO2.02", "Number", "Clir", "“OCco1", "03"});
}

TEST_CASE("an OCR'd label boxed with its tinted cell is kept; a watermark is not", "[table][lines]") {
    Page p = blank_page(1);
    put(p, "Indicator Direction of Travel", 40, 100);
    put(p, "Current", 300, 90, 3 * kLineHeight);  // boxed together with its tinted header cell
    put(p, "ment", 360, 90, 3 * kLineHeight);     // specks of the tint, read as letters
    put(p, "OCC01.01 Number of homes", 40, 130);
    Word watermark;  // large letters: wide as well as tall
    watermark.text = "DRAFT";
    watermark.box = {300, 200, 300 + 5 * 6 * kCharWidth, 200 + 6 * kLineHeight};
    p.words.push_back(watermark);
    for (auto& w : p.words) w.font_size = 0;  // OCR gives boxes, not font sizes
    p.words[5].confidence = 0.4;
    p.method = PageMethod::ocr;
    put(p, "0cc02.05,", 40, 150, 4 * kLineHeight);  // an id, however unsure and tall its box
    p.words.back().font_size = 0;
    p.words.back().confidence = 0.09;
    std::vector<std::string> kept;
    for (const auto& w : content_words(p, repo_patterns())) kept.push_back(w.text);
    CHECK(std::find(kept.begin(), kept.end(), "Current") != kept.end());
    CHECK(std::find(kept.begin(), kept.end(), "DRAFT") == kept.end());
    CHECK(std::find(kept.begin(), kept.end(), "ment") == kept.end());
    CHECK(std::find(kept.begin(), kept.end(), "0cc02.05,") != kept.end());
}

TEST_CASE("a header's stacked labels become columns", "[table][header]") {
    Page p = blank_page(1);
    put(p, "Status of Indicators 31/07/2022", 40, 40);
    put_monthly_header(p, 60);
    put_monthly_row(p, 80, "OCC01.02", "5", "GREEN");
    auto lines = group_lines(p.words);
    auto h = find_header(lines, 0, repo_patterns());
    REQUIRE(h);
    CHECK(column_keys(*h) == std::vector<std::string>{"measure", "director", "portfolio_holder", "period_actual",
                                           "period_target", "period_status", "comment", "ytd_actual",
                                           "ytd_target", "ytd_status"});
}

TEST_CASE("group labels give scorecard columns their meaning", "[table][header]") {
    Page p = blank_page(1);
    put(p, "Period Performance", 420, 50);
    put(p, "YTD Performance", 620, 50);
    put(p, "Linked Items", 40, 55);
    put(p, "Unit", 300, 55);
    put(p, "Trend", 340, 55);
    put(p, "Target", 400, 60);
    put(p, "Actual", 460, 60);
    put(p, "Indicator", 520, 60);
    put(p, "Target", 600, 60);
    put(p, "Actual", 660, 60);
    put(p, "Indicator", 720, 60);
    auto h = find_header(group_lines(p.words), 0, repo_patterns());
    REQUIRE(h);
    CHECK(column_keys(*h) == std::vector<std::string>{"measure", "unit", "trend", "period_target", "period_actual",
                                           "period_status", "ytd_target", "ytd_actual", "ytd_status"});
}

TEST_CASE("stacked labels that OCR glued still name their columns", "[table][header]") {
    Page p = blank_page(1);
    put(p, "Measure", 40, 50);
    put(p, "Director", 150, 50);
    put(p, "Comment", 250, 50);
    put(p, "YTDActual", 400, 50);
    put(p, "YTDTarget", 460, 50);
    auto h = find_header(group_lines(p.words), 0, repo_patterns());
    REQUIRE(h);
    CHECK(h->index_of("ytd_actual") == 3);
    CHECK(h->index_of("ytd_target") == 4);
}

TEST_CASE("a watermark's letter among the labels is no column", "[table][header]") {
    // layout text sets a slanted watermark's letters on lines of their own inside the header
    Page p = blank_page(1);
    put(p, "Measure", 40, 40);
    put(p, "Units", 200, 40);
    put(p, "Direction", 250, 40);
    put(p, "Current Month", 360, 40);
    put(p, "YTD", 560, 40);
    put(p, "N", 600, 46);
    put(p, "of Travel", 250, 52);
    put(p, "RAG", 320, 58);
    put(p, "Target", 380, 58);
    put(p, "Result", 440, 58);
    put(p, "Status", 500, 58);
    put(p, "Target", 560, 58);
    put(p, "Result", 620, 58);
    auto h = find_header(group_lines(p.words), 0, repo_patterns());
    REQUIRE(h);
    CHECK(column_keys(*h) == std::vector<std::string>{"measure", "unit", "trend", "period_status", "period_target",
                                                      "period_actual", "ytd_status", "ytd_target", "ytd_actual"});
}

TEST_CASE("a key table is not a measure header", "[table][header]") {
    Page p = blank_page(1);
    put(p, "Indicator", 40, 50);
    put(p, "Status Description", 120, 50);
    CHECK_FALSE(find_header(group_lines(p.words), 0, repo_patterns()));
}

TEST_CASE("column boundaries follow the words' alignment, not the labels' midpoints", "[table][gutters]") {
    Page p = blank_page(1);
    put(p, "Finance Impact", 550, 50);
    put(p, "Risk Impact", 630, 50);
    put(p, "Measure", 40, 50);
    put(p, "Director", 150, 50);
    put(p, "Status", 250, 50);
    put(p, "Comment", 350, 50);
    // the risk column's only text starts well left of its label; finance text ends early
    put(p, "n/r", 552, 70);
    put(p, "n/r", 618, 70);
    auto lines = group_lines(p.words);
    auto h = find_header(lines, 0, repo_patterns());
    REQUIRE(h);
    std::vector<const Line*> body = {&lines[1]};
    ColumnEvidence ev(p.width);
    ev.add(body);
    set_column_extents(*h, ev);
    const Column* risk = h->find("risk_impact");
    REQUIRE(risk);
    CHECK(risk->x0 < 618);
    CHECK(risk->x0 > 566);
}

TEST_CASE("labels closer than a whole evidence strip take the midpoint as their boundary", "[table][gutters]") {
    // A fuzzed PDF's labels 1.1 points apart: the strips between them ([2, 2)) hold nothing to
    // choose from (the sanitizer build caught the empty range's arithmetic).
    Header h;
    h.columns = {Column{"measure", "Measure", 0.5, 1.5}, Column{"period_actual", "Actual", 2.6, 9.0}};
    ColumnEvidence ev(100);
    set_column_extents(h, ev);
    CHECK(h.columns[0].x1 == Approx(2.05));
    CHECK(h.columns[1].x0 == Approx(2.05));
}

TEST_CASE("rows start at measure ids; wrapped cells are joined", "[table][rows]") {
    Page p = blank_page(1);
    put(p, "Status of Indicators 31/07/2022", 40, 40);
    put_monthly_header(p, 60);
    double y = put_monthly_row(p, 80, "OCC01.02", "1,247", "GREEN");
    put_monthly_row(p, y, "OCCO1.05", "(1.4)", "RED");
    auto records = build({p});
    REQUIRE(records.size() == 2);
    const Record& r = records[0];
    CHECK(r.measure_id == "OCC01.02");
    CHECK(r.title == "Number of things counted");
    CHECK(r.director == "Jo Bloggs");
    CHECK(r.portfolio_holder == "Cllr A Smith");
    REQUIRE(r.period.actual);
    CHECK(r.period.actual->value == 1247.0);
    CHECK(r.period.status == "GREEN");
    CHECK(r.ytd.target->raw == "1,000");
    CHECK(r.ytd.status == "GREEN");
    CHECK(r.comment == "First line of the comment.");
    CHECK(r.report.period_end == "2022-07-31");
    CHECK(r.source.pages == std::vector<int>{1});
    CHECK(r.warnings.empty());
    CHECK(records[1].measure_id == "OCC01.05");
    CHECK(records[1].period.actual->value == -1.4);
}

TEST_CASE("a row split over a page break is joined", "[table][rows]") {
    Page p1 = blank_page(1);
    put_monthly_header(p1, 60);
    put_monthly_row(p1, 80, "OCC02.01", "5", "AMBER");
    put(p1, "Footer text of the council report spanning the page", 40, 540);
    put(p1, "Page 1 of 2", 760, 540);
    Page p2 = blank_page(2);
    put_monthly_header(p2, 60);
    put(p2, "Continued on the", 420, 80);
    put(p2, "next page.", 420, 88);
    put_monthly_row(p2, 100, "OCC02.02", "7", "RED");
    auto records = build({p1, p2});
    REQUIRE(records.size() == 2);
    CHECK(records[0].comment == "First line of the comment. Continued on the next page.");
    CHECK(records[0].source.pages == std::vector<int>{1, 2});
    CHECK(records[1].source.pages == std::vector<int>{2});
}

TEST_CASE("paragraphs in a cell are separated by newlines", "[table][rows]") {
    Page p = blank_page(1);
    put_monthly_header(p, 60);
    put_monthly_row(p, 80, "OCC03.01", "5", "GREEN");
    put(p, "A second", 420, 104);
    put(p, "paragraph.", 420, 112);
    auto records = build({p});
    REQUIRE(records.size() == 1);
    CHECK(records[0].comment == "First line of the comment.\nA second paragraph.");
}

TEST_CASE("a repeated page gives one record per measure; ids in prose are not rows", "[table][rows]") {
    Page p = blank_page(1);
    put_monthly_header(p, 60);
    put_monthly_row(p, 80, "OCC04.01", "5", "GREEN");
    put(p, "see OCC07.02", 420, 96);
    Page again = p;
    again.number = 2;
    auto records = build({p, again});
    REQUIRE(records.size() == 1);
    CHECK(records[0].measure_id == "OCC04.01");
}

TEST_CASE("a status cell with no text and no colour is null with a warning", "[table][rows]") {
    Page p = blank_page(1);
    put_monthly_header(p, 60);
    put_monthly_row(p, 80, "OCC05.01", "5", "");
    auto records = build({p});
    REQUIRE(records.size() == 1);
    CHECK_FALSE(records[0].period.status);
    CHECK_FALSE(records[0].warnings.empty());
}

namespace {

RgbImage filled(int w, int h, unsigned char r, unsigned char g, unsigned char b) {
    RgbImage img;
    img.width = w;
    img.height = h;
    for (int i = 0; i < w * h; ++i) img.pixels.insert(img.pixels.end(), {r, g, b});
    return img;
}

void paint(RgbImage& img, int x0, int y0, int x1, int y1, unsigned char r, unsigned char g, unsigned char b) {
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) {
            unsigned char* px = &img.pixels[3 * (size_t(y) * img.width + x)];
            px[0] = r;
            px[1] = g;
            px[2] = b;
        }
}

}  // namespace

TEST_CASE("status colours are classified from saturated pixels only", "[table][colour]") {
    RgbImage img = filled(100, 100, 255, 255, 255);
    CHECK(classify_region(img, 0, 0, 100, 100, 5) == CellColour::none);
    paint(img, 10, 10, 20, 20, 0, 176, 80);  // green
    CHECK(classify_region(img, 0, 0, 50, 50, 5) == CellColour::green);
    paint(img, 60, 60, 70, 70, 255, 192, 0);  // amber
    CHECK(classify_region(img, 50, 50, 100, 100, 5) == CellColour::amber);
    paint(img, 60, 10, 70, 20, 192, 0, 0);  // red
    CHECK(classify_region(img, 50, 0, 100, 50, 5) == CellColour::red);
    CHECK(classify_region(img, 0, 0, 100, 50, 5) == CellColour::ambiguous);
    paint(img, 30, 30, 32, 32, 0, 176, 80);  // too small to be a marker
    CHECK(classify_region(img, 25, 25, 40, 40, 5) == CellColour::none);
    paint(img, 80, 30, 95, 45, 128, 128, 128);  // grey is no colour
    CHECK(classify_region(img, 75, 25, 100, 50, 5) == CellColour::none);
    CHECK(classify_region(img, -10, -10, 1000, 1000, 5) == CellColour::ambiguous);  // clamped
}

TEST_CASE("the raster sampler maps points to pixels", "[table][colour]") {
    RgbImage img = filled(144, 144, 255, 255, 255);
    paint(img, 100, 100, 120, 120, 0, 160, 60);
    RasterSampler s(&img, 144);  // 2 pixels a point
    CHECK(s.classify(Box{48, 48, 62, 62}) == CellColour::green);
    CHECK(s.classify(Box{0, 0, 40, 40}) == CellColour::none);
    CHECK(s.classify(Box{0, 0, std::numeric_limits<double>::infinity(), 1e9}) == CellColour::green);
}

TEST_CASE("a page of measure rows without status words is guessed to draw its statuses", "[table][colour]") {
    using namespace testing_pages;
    Page drawn = blank_page(1);
    put(drawn, "OCC01.02 Streetlights fitted with LED lanterns 85% 90% a little behind", 20, 100);
    put(drawn, "OCC01.03 Potholes repaired 1,234 1,000 n/a", 20, 120);
    CHECK(statuses_look_drawn(drawn, repo_patterns()));  // one status word for two ids; "a" is no status

    Page written = blank_page(2);
    put(written, "OCC01.02 Streetlights 85% 90% AMBER GREEN", 20, 100);
    put(written, "OCC01.03 Potholes 1,234 1,000 ★ ●", 20, 120);
    CHECK_FALSE(statuses_look_drawn(written, repo_patterns()));

    Page prose = blank_page(3);
    put(prose, "Measures are reported quarterly and 12.5% were late", 20, 100);
    CHECK_FALSE(statuses_look_drawn(prose, repo_patterns()));  // no ids: no rows to colour
}

TEST_CASE("a contents list's priority lines each give their own title, wrapped ones whole", "[table][banner]") {
    Page p = blank_page(1);
    // OCR words: no font, and each line's height as its size (lower for a line with no capitals)
    put(p, "OCC01 - Put action at the heart of", 40, 40, 8.2);
    put(p, "our work", 40, 49.5, 7.5);
    put(p, "OCC02 - Invest in transport", 40, 60, 8.2);
    put(p, "OCC03 - Help children", 40, 69.5, 8.2);
    put(p, "- Lost its id", 40, 79, 8.2);  // another priority's line whose id OCR lost
    for (auto& w : p.words) w.font.clear();
    put_monthly_header(p, 100);
    double y = put_monthly_row(p, 120, "OCC01.02", "5", "GREEN");
    y = put_monthly_row(p, y, "OCC02.01", "6", "RED");
    put_monthly_row(p, y, "OCC03.01", "7", "RED");
    auto records = build({p});
    REQUIRE(records.size() == 3);
    CHECK(records[0].priority_title == "Put action at the heart of our work");
    CHECK(records[1].priority_title == "Invest in transport");
    CHECK(records[2].priority_title == "Help children");
}

TEST_CASE("a header OCR read only in part reuses the last good header, moved to this page", "[table][header]") {
    Page first = blank_page(1);
    put_monthly_header(first, 60);
    put_monthly_row(first, 80, "OCC01.02", "5", "GREEN");
    // Page 2 sits 6 points further right; its Measure, Director and Portfolio labels were
    // not read, so the band alone names no measure column.
    Page second = blank_page(2);
    put_monthly_header(second, 60, 6, false);
    Page shifted = blank_page(2);
    put_monthly_row(shifted, 80, "OCC01.03", "7", "RED");
    for (auto w : shifted.words) {
        w.box.x0 += 6;
        w.box.x1 += 6;
        second.words.push_back(w);
    }
    auto records = build({first, second});
    REQUIRE(records.size() == 2);
    // the band's labels are a header, not more of the row left open at the end of page 1
    REQUIRE(records[0].period.actual);
    CHECK(records[0].period.actual->raw == "5");
    CHECK(records[0].comment == "First line of the comment.");
    const Record& r = records[1];
    CHECK(r.measure_id == "OCC01.03");
    CHECK(r.title == "Number of things counted");
    CHECK(r.director == "Jo Bloggs");
    CHECK(r.portfolio_holder == "Cllr A Smith");
    REQUIRE(r.period.actual);
    CHECK(r.period.actual->raw == "7");
    CHECK(r.ytd.status == "RED");
}

TEST_CASE("a band naming a column the last header lacks is not read as that header", "[table][header]") {
    Page p = blank_page(1);
    put_monthly_header(p, 60);
    put_monthly_row(p, 80, "OCC01.02", "5", "GREEN");
    auto lines = group_lines(p.words);
    auto model = find_header(lines, 0, repo_patterns());
    REQUIRE(model);
    Page other = blank_page(2);
    put(other, "Unit", 300, 55);
    put(other, "Trend", 340, 55);
    put(other, "Comment", 450, 55);
    put(other, "Director", 150, 55);
    CHECK_FALSE(find_header(group_lines(other.words), 0, repo_patterns(), &*model));
}

namespace {

// A row whose ytd status cell holds text, with a colour found in the cell (or none).
RowDraft status_row(const std::string& text, bool ocr, const std::string& colour) {
    RowDraft row;
    row.id = *leading_measure_id("OCC01.02", repo_patterns());
    row.status_keys = {"ytd_status"};
    row.add("ytd_status", Fragment{text, {}, 1, 1});
    if (ocr) row.ocr_pages.insert(1);
    if (!colour.empty()) row.colour_status["ytd_status"] = colour;
    return row;
}

}  // namespace

TEST_CASE("a unit or trend cell drops the stray capitals laid beside its symbol", "[table][rows]") {
    std::map<std::string, std::string> titles;
    RowContext ctx{repo_patterns(), {}, titles};
    RowDraft row;
    row.id = *leading_measure_id("OCC01.02", repo_patterns());
    row.add("unit", Fragment{"%", {100, 10, 104, 16}, 1, 1});
    row.add("unit", Fragment{"D", {108, 10, 112, 16}, 1, 1});
    row.add("trend", Fragment{"AF", {130, 10, 138, 16}, 1, 1});
    row.add("trend", Fragment{"^", {142, 10, 146, 16}, 1, 1});
    const Record r = record_from_row(row, ctx);
    CHECK(r.unit == "%");
    CHECK(r.trend == "^");
    // a cell of nothing but capitals is kept as read
    RowDraft letters;
    letters.id = row.id;
    letters.add("trend", Fragment{"UP", {130, 10, 138, 16}, 1, 1});
    CHECK(record_from_row(letters, ctx).trend == "UP");
}

TEST_CASE("a coloured shape OCR read as a letter takes the cell's colour", "[table][rows]") {
    std::map<std::string, std::string> titles;
    RowContext ctx{repo_patterns(), {}, titles};
    CHECK(record_from_row(status_row("A", true, "RED"), ctx).ytd.status == "RED");
    CHECK(record_from_row(status_row("A", true, ""), ctx).ytd.status == "AMBER");
    CHECK(record_from_row(status_row("A", false, "RED"), ctx).ytd.status == "AMBER");  // printed letter
    CHECK(record_from_row(status_row("Green", true, "RED"), ctx).ytd.status == "GREEN");  // a word
    CHECK(record_from_row(status_row("nr", true, ""), ctx).ytd.status == "NR");
}

TEST_CASE("a header read in part learns a column the model lacks, in place of the unnamed one", "[table][header]") {
    auto header_of = [](const Page& p) { return find_header(group_lines(p.words), 0, repo_patterns()); };
    // The model lost "Period Actual": OCR garbled it into one unnamed word.
    Page model_page = blank_page(1);
    put(model_page, "Measure", 40, 60);
    put(model_page, "Director", 150, 60);
    put(model_page, "Perriod", 260, 60);
    put(model_page, "Period", 310, 60);
    put(model_page, "Target", 310, 68);
    put(model_page, "Comment", 450, 60);
    put(model_page, "YTD", 600, 60);
    auto model = header_of(model_page);
    REQUIRE(model);
    CHECK(model->index_of("period_actual") == -1);
    model->columns.front().x1 = 100;  // extents as if set over earlier pages
    for (size_t i = 1; i < model->columns.size(); ++i) {
        model->columns[i].x0 = model->columns[i - 1].x1;
        model->columns[i].x1 = model->columns[i].x0 + 100;
    }
    // This page, 4 points right, read "Period Actual" but lost Measure and Director.
    Page p = blank_page(2);
    put(p, "Period", 264, 60);
    put(p, "Actual", 264, 68);
    put(p, "Period", 314, 60);
    put(p, "Target", 314, 68);
    put(p, "Comment", 454, 60);
    put(p, "YTD", 604, 60);
    auto h = find_header(group_lines(p.words), 0, repo_patterns(), &*model);
    REQUIRE(h);
    CHECK(h->reused);
    CHECK(column_keys(*h) == std::vector<std::string>{"measure", "director", "period_actual", "period_target", "comment",
                                           "ytd_status"});
    const Column* actual = h->find("period_actual");
    REQUIRE(actual);
    CHECK(actual->x0 == actual->x1);  // to be set from this page's words
    CHECK(h->find("director")->x0 == model->find("director")->x0 + 4);
}

TEST_CASE("learnt columns get extents; the model's columns keep theirs", "[table][gutters]") {
    Header h;
    h.columns = {Column{"measure", "Measure", 40, 70, -1e9, 120}, Column{"period_actual", "Actual", 260, 284, 0, 0},
                 Column{"period_target", "Target", 310, 334, 300, 350}, Column{"comment", "Comment", 450, 478, 350, 1e9}};
    ColumnEvidence ev(842);
    set_missing_extents(h, ev);
    CHECK(h.columns[0].x0 == -1e9);
    CHECK(h.columns[0].x1 == h.columns[1].x0);
    CHECK(h.columns[1].x0 > 70);
    CHECK(h.columns[1].x0 < 260);
    CHECK(h.columns[1].x1 > 284);
    CHECK(h.columns[1].x1 < 310);
    CHECK(h.columns[2].x0 == h.columns[1].x1);
    CHECK(h.columns[2].x1 == 350);
}

TEST_CASE("a band whose shared columns do not line up with the model's is another layout", "[table][header]") {
    Header model, band;
    model.columns = {Column{"measure", "", 40, 70}, Column{"period_target", "", 300, 330},
                     Column{"period_actual", "", 360, 390}, Column{"comment", "", 450, 480}};
    band.columns = {Column{"period_target", "", 400, 430}, Column{"period_actual", "", 460, 490},
                    Column{"comment", "", 450, 480}};
    CHECK_FALSE(layout_offset(band, model));
    band.columns[2] = Column{"comment", "", 550, 580};
    REQUIRE(layout_offset(band, model));
    CHECK(*layout_offset(band, model) == Approx(100));
}

TEST_CASE("a label's last word over a gutter of repeated short values stays with it", "[table][header]") {
    // every row's "Jo  Bloggs" and "Low  risk" leave the same strip empty under the labels
    Page p = blank_page(1);
    for (const auto& [label, x] : std::vector<std::pair<const char*, double>>{
             {"Measure", 40}, {"Lead", 150}, {"Director", 168}, {"Risk", 220}, {"Impact", 238}, {"Actual", 300},
             {"Target", 350}})
        put(p, label, x, 60);
    for (int i = 0; i < 4; ++i) {
        const double y = 80 + 12 * i;
        put(p, "OCC01.0" + std::to_string(i + 1) + " Things", 40, y);
        for (const auto& [cell, x] : std::vector<std::pair<const char*, double>>{
                 {"Jo", 150}, {"Bloggs", 166}, {"Low", 220}, {"risk", 236}, {"5", 305}, {"9", 355}})
            put(p, cell, x, y);
    }
    const auto& pack = repo_patterns();
    std::vector<Word> words = content_words(p, pack);
    auto h = find_header(group_lines(words), 0, pack);
    REQUIRE(h);
    CHECK(column_keys(*h) ==
          std::vector<std::string>{"measure", "director", "risk_impact", "period_actual", "period_target"});
}

TEST_CASE("a word space set at one place on every line is no gutter between a label's words", "[table][header]") {
    // "Cllr P Hollis" on every row: the space after the initial is empty at one place, and a
    // point or so of rounding makes it a strip as wide as a narrow gutter
    Page p = blank_page(1);
    put(p, "Measure", 40, 60);
    put(p, "Lead Member", 150, 60);
    put(p, "Actual", 250, 60);
    put(p, "Target", 300, 60);
    for (int i = 0; i < 4; ++i) {
        const double y = 80 + 12 * i;
        put(p, "OCC01.0" + std::to_string(i + 1) + " Things", 40, y);
        put(p, "Cllr P", 150, y, 8);
        put(p, "Hollis", 175, y, 8);  // a space of 3 points in 8-point type
        put(p, "5", 255, y);
        put(p, "9", 305, y);
    }
    const auto& pack = repo_patterns();
    std::vector<Word> words = content_words(p, pack);
    auto h = find_header(group_lines(words), 0, pack);
    REQUIRE(h);
    CHECK(column_keys(*h) == std::vector<std::string>{"measure", "portfolio_holder", "period_actual", "period_target"});
}

TEST_CASE("a label word whose box a damaged page makes absurd is read without overflow", "[table][header]") {
    // A fuzzed PDF gave a label word a right edge of 7e80 points: its centre is no strip of the
    // body's coverage (the sanitizer build caught the cast).
    Page p = blank_page(1);
    put(p, "Measure", 40, 60);
    put(p, "Lead Member", 150, 60);
    p.words.back().box.x1 = 7.2e80;
    put(p, "Actual", 250, 60);
    for (int i = 0; i < 3; ++i) {
        const double y = 80 + 12 * i;
        put(p, "OCC01.0" + std::to_string(i + 1) + " Things", 40, y);
        put(p, "Cllr P", 150, y);
        put(p, "5", 255, y);
    }
    const auto& pack = repo_patterns();
    std::vector<Word> words = content_words(p, pack);
    auto h = find_header(group_lines(words), 0, pack);
    REQUIRE(h);
    CHECK(h->find("measure"));
}

TEST_CASE("a two-line label's period words are no group over the label level with them", "[table][header]") {
    // "Year to Date / Target" beside a "Status" set level with its first line: the period words
    // head their own column, not the Status column they reach
    Page p = blank_page(1);
    put(p, "Measure", 40, 60);
    put(p, "Target", 150, 60);
    put(p, "Actual", 200, 60);
    put(p, "Status", 270, 60);
    put(p, "Year to Date", 300, 58);
    put(p, "Target", 310, 66);
    put(p, "Actual (YTD)", 360, 60);
    put(p, "YTD Status", 430, 60);
    put_monthly_row(p, 84, "OCC01.01", "12", "GREEN");
    const auto& pack = repo_patterns();
    std::vector<Word> words = content_words(p, pack);
    auto h = find_header(group_lines(words), 0, pack);
    REQUIRE(h);
    CHECK(column_keys(*h) == std::vector<std::string>{"measure", "period_target", "period_actual", "period_status",
                                                      "ytd_target", "ytd_actual", "ytd_status"});
}

TEST_CASE("a band with one garbled label that names a column elsewhere is still the model's layout",
          "[table][header]") {
    Header model, band;
    model.columns = {Column{"measure", "", 40, 70}, Column{"period_target", "", 300, 330},
                     Column{"period_actual", "", 360, 390}, Column{"comment", "", 450, 480}};
    band = model;
    for (auto& c : band.columns) c.label_x0 += 6, c.label_x1 += 6;
    band.columns[1].key = "ytd_target";  // OCR garbled "Target" into another column's name
    band.columns.push_back(Column{"period_target", "", 600, 630});
    REQUIRE(layout_offset(band, model));  // three of four shared columns sit 6 points right
    CHECK(*layout_offset(band, model) == Approx(6));
    band.columns[2].key = "risk_impact";  // two of three: too few to tell
    CHECK_FALSE(layout_offset(band, model));
}

TEST_CASE("a repeated header's readings settle each column's key by vote", "[table][header]") {
    Header truth;
    truth.columns = {Column{"measure", "Measure", 40, 70}, Column{"director", "Director", 150, 180},
                     Column{"period_actual", "Actual", 260, 290}, Column{"period_target", "Target", 310, 340},
                     Column{"comment", "Comment", 450, 480}};
    std::vector<Header> readings(3, truth);
    readings[0].columns[2].key = "";            // "Achial"
    readings[1].columns[3].key = "ytd_target";  // a stray "YTD" glued on
    for (auto& c : readings[2].columns) c.label_x0 += 5, c.label_x1 += 5;  // a page set 5 points right
    auto settled = consensus_header(readings);
    REQUIRE(settled);
    CHECK(column_keys(*settled) == column_keys(truth));
    // labels stay where the base reading printed them, not moved by another page's offset
    for (size_t i = 0; i < truth.columns.size(); ++i) CHECK(settled->columns[i].label_x0 == truth.columns[i].label_x0);
    CHECK_FALSE(consensus_header({}));
    // a key two places are voted for goes to the one whose readings name it so more often
    std::vector<Header> split = {truth, truth};
    split[1].columns[3].key = "period_actual";
    split[0].columns[2].key = "";
    CHECK(column_keys(*consensus_header(split)) == column_keys(truth));
}

TEST_CASE("a repeated header's consensus holds every column some readings print", "[table][header]") {
    Header truth;
    truth.columns = {Column{"measure", "Measure", 40, 70},         Column{"unit", "Unit", 100, 115},
                     Column{"finance_impact", "Finance", 200, 230}, Column{"period_actual", "Actual", 260, 290},
                     Column{"period_target", "Target", 310, 340},   Column{"ytd_actual", "Actual YTD", 380, 410}};
    std::vector<Header> readings(4, truth);
    // each page lost a different label; one ran three labels together into one
    readings[0].columns.erase(readings[0].columns.begin() + 1);
    readings[1].columns.erase(readings[1].columns.begin() + 5);
    readings[2].columns.erase(readings[2].columns.begin() + 3);
    readings[3].columns.erase(readings[3].columns.begin() + 2, readings[3].columns.begin() + 5);
    readings[3].columns.insert(readings[3].columns.begin() + 2, Column{"period_target", "Finance Actual Target", 200, 340});
    auto settled = consensus_header(readings);
    REQUIRE(settled);
    CHECK(column_keys(*settled) == column_keys(truth));
    // each column's extent reaches its neighbour's
    for (size_t i = 0; i + 1 < settled->columns.size(); ++i)
        CHECK(settled->columns[i].x1 == Approx(settled->columns[i + 1].x0));
}

TEST_CASE("a label OCR ran over two of the model's is no evidence of where the band sits", "[table][header]") {
    Header model;
    model.columns = {Column{"measure", "", 40, 70},        Column{"portfolio_holder", "", 100, 130},
                     Column{"finance_impact", "", 200, 230}, Column{"period_actual", "", 260, 290},
                     Column{"period_target", "", 310, 340},  Column{"ytd_target", "", 380, 410},
                     Column{"ytd_status", "", 450, 480}};
    Header band = model;
    band.columns.erase(band.columns.begin() + 5);  // "Target (YTD)" lost
    band.columns.erase(band.columns.begin() + 2, band.columns.begin() + 5);
    // "Implications (Period) Target" read as one label, then the column named again
    band.columns.insert(band.columns.begin() + 2, Column{"period_target", "", 200, 340});
    band.columns.insert(band.columns.begin() + 3, Column{"ytd_target", "", 310, 340});
    // three of five shared columns line up: not enough, unless the run-together label is set aside
    // (the renamed "(Period)" is then one of four)
    REQUIRE(layout_offset(band, model));
    CHECK(*layout_offset(band, model) == Approx(0));
}

TEST_CASE("a header line OCR garbled joins its band; a title line above it does not", "[table][header]") {
    const auto& pack = repo_patterns();
    Page p = blank_page(1);
    put(p, "Status of Indicators 31/10/2024", 40, 30);  // a title: half label words, at one side
    // "Portfolio", "Commentary" and "DoT" garbled: two thirds label words, not a header line alone
    const std::vector<std::pair<const char*, double>> top = {{"Measure", 40}, {"Lead", 150},   {"Cortef", 200},
                                                             {"Period", 260},  {"Period", 310}, {"Comnent", 450},
                                                             {"YTD", 600},     {"YTD", 650},    {"Dor", 700}};
    const std::vector<std::pair<const char*, double>> under = {
        {"Indicator", 40}, {"Director", 150}, {"Holder", 200}, {"Actual", 260}, {"Target", 310},
        {"Status", 360},   {"Actual", 600},   {"Target", 650}, {"Status", 700}};
    for (const auto& [text, x] : top) put(p, text, x, 44);
    for (const auto& [text, x] : under) put(p, text, x, 52);
    put_monthly_row(p, 72, "OCC01.01", "12", "GREEN");
    std::vector<Word> words = content_words(p, pack);
    auto lines = group_lines(words);
    REQUIRE_FALSE(is_header_line(lines[1], pack));
    auto h = find_header(lines, 0, pack);
    REQUIRE(h);
    CHECK(h->first_line == 1);
    CHECK(h->find("measure"));
}

TEST_CASE("headers naming the same columns pool their evidence, a point or two apart or not", "[table][gutters]") {
    Header a, b;
    a.columns = {Column{"measure", "", 40, 70}, Column{"", "Perriod", 200, 230}, Column{"comment", "", 450, 480}};
    b = a;
    b.columns[0].label_x0 += 2;
    b.columns[2].label_x0 -= 2;
    CHECK(evidence_signature(a, 842) == evidence_signature(b, 842));
    b.columns[1].label_x0 += 40;  // an unnamed column elsewhere: another table
    CHECK(evidence_signature(a, 842) != evidence_signature(b, 842));
    CHECK(evidence_signature(a, 842) != evidence_signature(a, 595));
}

TEST_CASE("column evidence is bounded however wide a page says it is", "[table]") {
    // A MediaBox of 1e9 points once asked for 12 GB of strips.
    CHECK(occx::ColumnEvidence(1e9).coverage.size() <= 14401);
    CHECK(occx::ColumnEvidence(std::numeric_limits<double>::quiet_NaN()).coverage.size() == 2);
    CHECK(occx::ColumnEvidence(612).coverage.size() == 613);
}

TEST_CASE("every id that starts a row is noted; one set inside a comment cell is not", "[table][coverage]") {
    Page p = blank_page(1);
    put_monthly_header(p, 60);
    double y = put_monthly_row(p, 80, "OCC04.01", "5", "GREEN");
    put(p, "OCC07.02 is named in a comment", 420, y);
    TableBuilder builder(repo_patterns());
    builder.add_page(p, nullptr);
    DocumentSummary summary;
    auto records = builder.finish(&summary);
    REQUIRE(records.size() == 1);
    REQUIRE(summary.seen_ids.size() == 1);
    CHECK(summary.seen_ids[0].id == "OCC04.01");
    CHECK(summary.seen_ids[0].page == 1);
}

TEST_CASE("ids on a page with no header to read them by are noted with the reason", "[table][coverage]") {
    Page p = blank_page(3);
    put(p, "OCC05.01 Number of visits 12 10", 40, 80);
    put(p, "OCC05.02 Number of calls 7 9", 40, 100);
    TableBuilder builder(repo_patterns());
    builder.add_page(p, nullptr);
    DocumentSummary summary;
    builder.finish(&summary);
    REQUIRE(summary.seen_ids.size() == 2);
    CHECK(summary.seen_ids[1].id == "OCC05.02");
    CHECK(summary.seen_ids[1].page == 3);
    CHECK(summary.seen_ids[1].why_lost.find("no table header") != std::string::npos);
}

TEST_CASE("an id at the left edge that a merged line does not start with is still noted", "[table][coverage]") {
    Page p = blank_page(1);
    put_monthly_header(p, 60);
    double y = put_monthly_row(p, 80, "OCC04.01", "5", "GREEN");
    // OCR boxed a tinted row's two lines as one: a title word sits just left of the next id
    put(p, "charge", 39, y + 10);
    put(p, "OCC04.02 points installed", 41, y + 10);
    TableBuilder builder(repo_patterns());
    builder.add_page(p, nullptr);
    DocumentSummary summary;
    builder.finish(&summary);
    bool noted = false;
    for (const auto& seen : summary.seen_ids) noted |= seen.id == "OCC04.02";
    CHECK(noted);
}

TEST_CASE("a priority banner OCR read with a stuttered digit is a banner, not an unreadable id", "[table][coverage]") {
    Page p = blank_page(1);
    p.method = PageMethod::ocr;
    put_monthly_header(p, 60);
    double y = put_monthly_row(p, 80, "OCC01.01", "5", "GREEN");
    put(p, "OCCO02 - Tackle inequalities in Oxfordshire", 40, y);
    put_monthly_row(p, y + 16, "OCC02.01", "7", "RED");
    TableBuilder builder(repo_patterns());
    builder.add_page(p, nullptr);
    DocumentSummary summary;
    auto records = builder.finish(&summary);
    REQUIRE(records.size() == 2);
    for (const auto& seen : summary.seen_ids) CHECK(seen.id.find("OCCO02") == std::string::npos);
    CHECK(records[0].comment.value_or("").find("Tackle") == std::string::npos);
}

TEST_CASE("a scan's row whose id reads as nothing is reported by its own figures, not merged above",
          "[table][coverage]") {
    for (PageMethod method : {PageMethod::ocr, PageMethod::text}) {
        Page p = blank_page(2);
        p.method = method;
        put_monthly_header(p, 60);
        double y = put_monthly_row(p, 80, "OCC04.01", "5", "GREEN");
        // the next row's id garbled past any id's shape, its figures (some garbled too) in place
        put(p, "0C U1 O2", 40, y);
        put(p, "7", 265, y);
        put(p, "1OO", 315, y);
        put(p, "UN)", 605, y);
        put(p, "The figure of 12 is well short of target", 420, y + 8);
        // a comment run across the value columns is prose, not a row's figures
        put(p, "OCC04.03 Number of", 40, y + 24);
        put(p, "12", 265, y + 24);
        put(p, "10", 315, y + 24);
        put(p, "Comment: the figure of 12 is well ahead of the target of 10 set in April for it.", 40, y + 32);
        TableBuilder builder(repo_patterns());
        builder.add_page(p, nullptr);
        DocumentSummary summary;
        auto records = builder.finish(&summary);
        REQUIRE(records.size() == 2);
        const bool ocr = method == PageMethod::ocr;
        if (ocr) CHECK(records[0].period.actual->raw == "5");  // the garbled row's "7" is not more of it
        bool noted = false;
        for (const auto& seen : summary.seen_ids)
            noted |= seen.id == "'0C U1 O2'" && seen.page == 2 && seen.why_lost.find("figures of its own") != std::string::npos;
        CHECK(noted == ocr);  // a text layer reads its ids; this is for OCR's garbling
        CHECK(records[1].comment.value_or("").find("ahead of the target") != std::string::npos);
    }
}

TEST_CASE("labels are read by meaning, whatever their wording and arrangement", "[table][header]") {
    Page p = blank_page(1);
    // a group label three lines above its columns, other columns' taller labels between
    put(p, "Period", 330, 40);
    put(p, "YTD", 560, 40);
    put(p, "Indicator", 40, 48);
    put(p, "Lead", 150, 48);
    put(p, "Officer", 150, 56);
    put(p, "Direction", 200, 48);
    put(p, "of Travel", 200, 56);
    put(p, "Narrative", 420, 56);
    put(p, "Target", 300, 64);
    put(p, "Result", 340, 64);
    put(p, "RAG", 380, 64);
    put(p, "Target", 540, 64);
    put(p, "Actual", 580, 56);
    put(p, "Performance", 580, 64);
    put(p, "RAG", 640, 64);
    auto h = find_header(group_lines(p.words), 0, repo_patterns());
    REQUIRE(h);
    CHECK(column_keys(*h) == std::vector<std::string>{"measure", "director", "trend", "period_target", "period_actual",
                                           "period_status", "comment", "ytd_target", "ytd_actual", "ytd_status"});
}

TEST_CASE("a priority line or a date line inside a table ends the row above, not the table", "[table][rows]") {
    Page p = blank_page(1);
    put_monthly_header(p, 60);
    double y = put_monthly_row(p, 80, "OCC01.02", "5", "GREEN");
    put(p, "OCC02 - Tackle inequalities in Oxfordshire", 40, y);
    y = put_monthly_row(p, y + 12, "OCC02.01", "6", "RED");
    put(p, "Position as at 31/07/2022", 40, y);
    put_monthly_row(p, y + 12, "OCC02.02", "7", "AMBER");
    auto records = build({p});
    REQUIRE(records.size() == 3);
    CHECK(records[0].comment == "First line of the comment.");
    CHECK(records[1].priority_title == "Tackle inequalities in Oxfordshire");
    CHECK(records[2].period.status == "AMBER");
    CHECK(records[2].report.period_end == "2022-07-31");
}

TEST_CASE("rows read under an earlier page's header say so, and are less sure", "[table][rows]") {
    Page p1 = blank_page(1);
    put_monthly_header(p1, 60);
    put_monthly_row(p1, 80, "OCC03.01", "5", "GREEN");
    Page p2 = blank_page(2);  // no header of its own
    put_monthly_row(p2, 80, "OCC03.02", "6", "GREEN");
    auto records = build({p1, p2});
    REQUIRE(records.size() == 2);
    CHECK(records[0].warnings.empty());
    REQUIRE(records[1].warnings.size() == 1);
    CHECK(records[1].warnings[0].find("taken from an earlier page's header") != std::string::npos);
    CHECK(records[1].confidence < records[0].confidence);
}

TEST_CASE("each field says where it was printed: page, box and method", "[table][provenance]") {
    Page p1 = blank_page(1);
    put_monthly_header(p1, 60);
    put_monthly_row(p1, 80, "OCC02.01", "5", "AMBER");
    Page p2 = blank_page(2);
    put_monthly_header(p2, 60);
    put(p2, "Continued on the", 420, 80);
    auto records = build({p1, p2});
    REQUIRE(records.size() == 1);
    const auto& fields = records[0].source.fields;
    REQUIRE(fields.count("period.actual"));
    const FieldPart& actual = fields.at("period.actual").front();
    CHECK(actual.page == 1);
    CHECK(actual.method == "text");
    CHECK(actual.box.x0 == Approx(265));
    CHECK(actual.box.y0 == Approx(80));
    REQUIRE(fields.count("title"));
    REQUIRE(fields.at("comment").size() == 2);  // a part on each page
    CHECK(fields.at("comment")[1].page == 2);
}

TEST_CASE("a header's evidence signature holds whatever width a damaged page claims", "[table][gutters]") {
    Header h;
    h.columns.push_back(Column{"", "Label", 1e300, 1e300});
    CHECK_FALSE(evidence_signature(h, 8.4e12).empty());
    CHECK_FALSE(evidence_signature(h, std::numeric_limits<double>::quiet_NaN()).empty());
}

TEST_CASE("a running footer that an open row would take is taken back once a later page repeats it",
          "[table][rows][furniture]") {
    auto footer = [](Page& p, int n) {
        put(p, "Anytown Council - Monthly Report - June", 420, 560);
        put(p, std::to_string(n), 800, 560);
    };
    Page p1 = blank_page(1);
    put_monthly_header(p1, 60);
    put_monthly_row(p1, 80, "OCC02.01", "5", "AMBER");
    footer(p1, 1);
    Page p2 = blank_page(2);
    put_monthly_header(p2, 60);
    put_monthly_row(p2, 80, "OCC02.02", "7", "RED");
    footer(p2, 2);
    Page p3 = blank_page(3);
    put_monthly_header(p3, 60);
    put_monthly_row(p3, 80, "OCC02.03", "8", "RED");
    footer(p3, 3);
    auto records = build({p1, p2, p3});
    REQUIRE(records.size() == 3);
    for (const auto& r : records) {
        INFO(r.measure_id << ": " << r.title.value_or("(none)"));
        CHECK(r.title == "Number of things counted");
        CHECK(r.comment == "First line of the comment.");
        REQUIRE(r.ytd.status);
        CHECK(r.ytd.status == r.period.status);  // the footer's page number is no YTD cell
    }
}

namespace {

// OCR'd pages of one row each, with a line at each page's foot (a footer as read, or the row's).
std::vector<Page> ocr_pages_with_foot_lines(const std::vector<std::string>& foot_lines) {
    std::vector<Page> pages;
    for (size_t i = 0; i < foot_lines.size(); ++i) {
        Page p = blank_page(int(i) + 1);
        p.method = PageMethod::ocr;
        put_monthly_header(p, 60);
        put_monthly_row(p, 80, ("OCC02.0" + std::to_string(i + 1)).c_str(), "5", "AMBER");
        put(p, foot_lines[i], 420, 560);
        pages.push_back(p);
    }
    return pages;
}

}  // namespace

TEST_CASE("a scan's running footer, read a little differently on each page, is still furniture",
          "[table][rows][furniture]") {
    auto records = build(ocr_pages_with_foot_lines({"Anytown Council - Monthly Report - June",
                                                    "Anytwn Council - Monthly Report - June", "Council Monthly Report - Jume",
                                                    "Anytown Council - Monthly Report - June"}));
    REQUIRE(records.size() == 4);
    for (const auto& r : records) {
        INFO(r.measure_id << ": " << r.title.value_or("(none)") << " / " << r.comment.value_or("(none)"));
        CHECK(r.title == "Number of things counted");
        CHECK(r.comment == "First line of the comment.");
    }
}

TEST_CASE("OCR'd lines a word apart at the foot of each page are a row's lines, not furniture",
          "[table][rows][furniture]") {
    // each page's row has its comment run on to the foot of the page
    const std::vector<std::string> comments = {"The September figure is just short of target",
                                               "The October figure is just short of target",
                                               "The November figure is just short of target"};
    auto records = build(ocr_pages_with_foot_lines(comments));
    REQUIRE(records.size() == 3);
    for (int n = 0; n < 3; ++n) {
        REQUIRE(records[n].comment);
        CHECK(records[n].comment->find(comments[n]) != std::string::npos);
    }
}

TEST_CASE("a value column that no label names is taken from the body, in the group that lacks it",
          "[table][header][gutters]") {
    Page p = blank_page(1);
    // OCR lost "Period Actual": the body still prints its values between Holder and Target
    put(p, "Measure", 40, 64);
    put(p, "Director", 150, 64);
    put(p, "Portfolio", 200, 60);
    put(p, "Holder", 200, 68);
    put(p, "Period", 310, 60);
    put(p, "Target", 310, 68);
    put(p, "Status", 360, 64);
    put(p, "Comment", 450, 64);
    put(p, "YTD", 600, 60);
    put(p, "Actual", 600, 68);
    put(p, "YTD", 650, 60);
    put(p, "Target", 650, 68);
    double y = 80;
    for (const char* id : {"OCC01.01", "OCC01.02", "OCC01.03", "OCC01.04"}) y = put_monthly_row(p, y, id, "1,247", "GREEN");
    auto records = build({p});
    REQUIRE(records.size() == 4);
    for (const auto& r : records) {
        REQUIRE(r.period.actual);
        CHECK(r.period.actual->raw == "1,247");
        CHECK(r.period.target->raw == "100");
        bool warned = false;
        for (const auto& w : r.warnings) warned = warned || w.find("taken from the body's alignment") != std::string::npos;
        CHECK(warned);
    }
}

TEST_CASE("a column of prose that no label names is the commentary when the header names none",
          "[table][header][gutters]") {
    // OCR lost "Comment" in a tinted header cell: its prose still stands between Status and YTD
    auto page_with = [](bool comment_label) {
        Page p = blank_page(1);
        put_monthly_header(p, 60);
        if (!comment_label) std::erase_if(p.words, [](const Word& w) { return w.text == "Comment"; });
        double y = 80;
        for (const char* id : {"OCC01.01", "OCC01.02", "OCC01.03", "OCC01.04"}) {
            put(p, std::string(id) + " Number of", 40, y);
            put(p, "things counted", 40, y + 8);
            put(p, "Jo Bloggs", 150, y);
            put(p, "Cllr A Smith", 200, y);
            put(p, "12", 265, y);
            put(p, "100", 315, y);
            put(p, "GREEN", 365, y);
            put(p, "Ahead of plan this month, with more", 420, y);
            put(p, "sites fitted than in any month before.", 420, y + 8);
            put(p, "900", 605, y);
            put(p, "1,000", 655, y);
            put(p, "GREEN", 705, y);
            y += 24;
        }
        return p;
    };
    for (bool labelled : {true, false}) {
        auto records = build({page_with(labelled)});
        REQUIRE(records.size() == 4);
        for (const auto& r : records) {
            INFO(r.measure_id << (labelled ? " labelled" : " unlabelled"));
            CHECK(r.comment == "Ahead of plan this month, with more sites fitted than in any month before.");
            REQUIRE(r.ytd.actual);
            CHECK(r.ytd.actual->raw == "900");
            bool warned = false;
            for (const auto& w : r.warnings) warned = warned || w.find("comment column: it was taken") != std::string::npos;
            CHECK(warned == !labelled);
        }
    }
}

TEST_CASE("an OCR'd row whose unit sign was lost takes it from its figures' sign", "[table][ocr]") {
    auto page_of = [](PageMethod method) {
        Page p = blank_page(1);
        p.method = method;
        for (auto [label, x] : {std::pair{"Measure", 40}, {"Unit", 150}, {"Actual", 200}, {"Target", 250}, {"Status", 300}})
            put(p, label, x, 60);
        double y = 80;
        for (auto [id, actual, target] : {std::tuple{"OCC01.01", "68.33%", "61.50%"}, {"OCC01.02", "£316,199", "£327,327"},
                                          {"OCC01.03", "4", "4"}, {"OCC01.04", "68.33%", "4"}}) {
            put(p, std::string(id) + " Things counted", 40, y);
            put(p, actual, 200, y);
            put(p, target, 250, y);
            put(p, "GREEN", 300, y);
            y += 16;
        }
        put(p, "OCC01.05 Things counted", 40, y);
        put(p, "%", 152, y);  // read: kept as read
        put(p, "£5", 200, y);
        put(p, "GREEN", 300, y);
        return p;
    };
    auto unit_of = [](const std::vector<Record>& records, const std::string& id) {
        for (const auto& r : records)
            if (r.measure_id == id) return r.unit.value_or("(none)");
        return std::string("(no record)");
    };
    auto ocr = build({page_of(PageMethod::ocr)});
    CHECK(unit_of(ocr, "OCC01.01") == "%");
    CHECK(unit_of(ocr, "OCC01.02") == "\xC2\xA3");
    CHECK(unit_of(ocr, "OCC01.03") == "(none)");  // plain counts print no sign
    CHECK(unit_of(ocr, "OCC01.04") == "(none)");  // figures that disagree tell nothing
    CHECK(unit_of(ocr, "OCC01.05") == "%");
    // a text layer loses no sign: an empty unit cell is empty
    CHECK(unit_of(build({page_of(PageMethod::text)}), "OCC01.01") == "(none)");
}

TEST_CASE("a header band holds a stray OCR piece between its lines; a group's words stay together",
          "[table][header]") {
    Page p = blank_page(1);
    put(p, "Year to", 600, 40);
    put(p, "Date Performance", 590, 48);
    put(p, "ot", 210, 56);  // OCR's piece of a label: no header word, on a line of its own
    put_monthly_header(p, 64);
    put_monthly_row(p, 84, "OCC01.01", "12", "GREEN");
    const auto& pack = repo_patterns();
    std::vector<Word> words = content_words(p, pack);
    auto lines = group_lines(words);
    auto h = find_header(lines, 0, pack);
    REQUIRE(h);
    CHECK(h->first_line == 0);
    CHECK(h->find("period_actual"));
    CHECK(h->find("ytd_target"));
    CHECK(h->find("portfolio_holder"));
}

TEST_CASE("OCR's one-letter slips in header words are read back; a text layer's words are not touched",
          "[table][header]") {
    const auto& pack = repo_patterns();
    for (PageMethod method : {PageMethod::ocr, PageMethod::text}) {
        Page p = blank_page(1);
        p.method = method;
        put(p, "Measure Director Pernod Status leasure Unit Year jate Rsk Lase", 40, 60);
        put(p, "Wombats counted", 40, 80);
        std::vector<Word> words = p.words;
        auto lines = group_lines(words);
        repair_header_words(words, lines, p, pack);
        const bool ocr = method == PageMethod::ocr;
        CHECK(words[2].text == (ocr ? "Period" : "Pernod"));
        CHECK(words[4].text == (ocr ? "measure" : "leasure"));
        CHECK(words[7].text == (ocr ? "date" : "jate"));  // four letters: one changed letter
        CHECK(words[8].text == "Rsk");                     // three letters: never
        CHECK(words[9].text == "Lase");                    // "Lead" and "Date" are two letters off
        CHECK(words[10].text == "Wombats");  // not a header line
    }
}

TEST_CASE("a gutter that a wrapped cell's long word runs into is still the boundary", "[table][gutters]") {
    Page p = blank_page(1);
    auto word = [&](const char* text, double x0, double x1, double y) {
        Word w;
        w.text = text;
        w.box = {x0, y, x1, y + kLineHeight};
        w.font_size = kLineHeight;
        p.words.push_back(w);
    };
    put(p, "Measure", 40, 50);
    put(p, "Portfolio", 164, 50);
    put(p, "Target", 250, 50);
    put(p, "Status", 300, 50);
    put(p, "Comment", 350, 50);
    // titles end at 150 and each holder's "Cllr" starts at 155, a point short of its label;
    // one wrapped title line runs across that gutter, so no empty strip is a gutter's width
    for (int i = 0; i < 20; ++i) {
        const double y = 70 + 20 * i;
        word("Number", 40, 100, y);
        word("counted", 102, 150, y);
        word("Cllr", 155, 163.9, y);
        word("Smith", 165.5, 190, y);
        word("100", 252, 264, y);
        if (i == 7) word("overrunning", 140, 158, y + 10);
    }
    auto lines = group_lines(p.words);
    auto h = find_header(lines, 0, repo_patterns());
    REQUIRE(h);
    std::vector<const Line*> body;
    for (size_t i = 1; i < lines.size(); ++i) body.push_back(&lines[i]);
    ColumnEvidence ev(p.width);
    ev.add(body);
    set_column_extents(*h, ev);
    const Column* holder = h->find("portfolio_holder");
    REQUIRE(holder);
    CHECK(holder->x0 > 150);
    CHECK(holder->x0 < 155);
}

TEST_CASE("a group's two lines over a column's two lines part into the group and the column; a column's own "
          "two-line label stays whole",
          "[table][header]") {
    Page p = blank_page(1);
    put(p, "Measure", 40, 64);
    put(p, "Director", 150, 64);
    put(p, "Comment", 200, 64);
    put(p, "Period", 312, 40);  // the group, centred over its two columns
    put(p, "Performance", 300, 48);
    put(p, "Actual", 280, 56);
    put(p, "Performance", 270, 64);
    put(p, "Target", 330, 56);
    put(p, "Performance", 320, 64);
    put(p, "Year to Date", 400, 56);  // one column's two-line label, level with the others
    put(p, "Status", 410, 64);
    put_monthly_row(p, 84, "OCC01.01", "12", "GREEN");
    const auto& pack = repo_patterns();
    auto lines = group_lines(p.words);
    auto h = find_header(lines, 0, pack);
    REQUIRE(h);
    CHECK(h->find("period_actual"));
    CHECK(h->find("period_target"));
    CHECK(h->find("ytd_status"));
    CHECK_FALSE(h->find("ytd_target"));
}

TEST_CASE("labels set tight on one line part where a value label follows another column's, or a status "
          "follows a value",
          "[table][header]") {
    Page p = blank_page(1);
    put(p, "Measure", 40, 60);
    put(p, "Trend Target Performance", 150, 60);  // no body under the trend: no gutter to see
    put(p, "Actual Performance Indicator", 300, 60);
    put(p, "Comment", 450, 60);
    put(p, "OCC01.01 Number of things", 40, 80);
    put(p, "100", 250, 80);
    put(p, "90", 310, 80);
    put(p, "It went well.", 450, 80);
    const auto& pack = repo_patterns();
    auto lines = group_lines(p.words);
    auto h = find_header(lines, 0, pack);
    REQUIRE(h);
    CHECK(h->find("trend"));
    CHECK(h->find("period_target"));
    CHECK(h->find("period_actual"));
    CHECK(h->find("period_status"));
    // a measure label naming an indicator stays whole
    Page q = blank_page(1);
    put(q, "Measure / Indicator", 40, 60);
    put(q, "Director", 150, 60);
    put(q, "Target", 250, 60);
    put(q, "Actual", 300, 60);
    put(q, "Comment", 450, 60);
    auto qlines = group_lines(q.words);
    auto qh = find_header(qlines, 0, pack);
    REQUIRE(qh);
    CHECK(qh->columns.front().key == "measure");
    CHECK(qh->columns.front().label == "Measure / Indicator");
}

TEST_CASE("a carried header is refitted to a layout text page that sets its columns elsewhere", "[table][refit]") {
    // pdftotext -layout places each page's columns anew: page 2 closes them up
    const std::string text =
        "Measure                      Director        Actual     Target     Comment\n"
        "OCC01.01 Lights fitted       Jo Bloggs          5         10       Good progress made.\n"
        "with LED lanterns                                                  More to come.\n"
        "OCC01.02 Bins emptied        Al Smith           7         12       Behind target.\n"
        "on the day planned\n"
        "\f"
        "OCC01.03 Roads mended   Ann Lee    8      9    Nearly there now.\n"
        "within a month                                 The rest soon.\n"
        "OCC01.04 Trees planted  Bo Chan    3      4    On the way.\n"
        "in streets and parks\n"
        "OCC01.05 Parks opened   Cy Dee     2      2    Met.\n"
        "to the public\n";
    auto records = build(pages_from_layout_text(text));
    REQUIRE(records.size() == 5);
    for (size_t i = 2; i < 5; ++i) {
        CAPTURE(records[i].measure_id);
        CHECK(records[i].title.value_or("").find("OCC") == std::string::npos);
        REQUIRE(records[i].director);
        CHECK(records[i].director->find(' ') != std::string::npos);  // both names, nothing else
        REQUIRE(records[i].period.actual);
        REQUIRE(records[i].period.target);
    }
    CHECK(*records[2].director == "Ann Lee");
    CHECK(records[2].period.actual->raw == "8");
    CHECK(records[2].period.target->raw == "9");
    CHECK(records[2].comment.value_or("") == "Nearly there now. The rest soon.");
    CHECK(records[2].title.value_or("") == "Roads mended within a month");
    CHECK(*records[4].director == "Cy Dee");
    // the first page's own header is not refitted
    CHECK(*records[0].director == "Jo Bloggs");
}

TEST_CASE("a refit keeps a prose column the model's rows left empty, and never loses the measure column",
          "[table][refit]") {
    // Page 1's rows print no finance impact and draw their statuses: both columns are empty
    // there. Page 2 closes its columns up and fills the impacts; its names run into its titles.
    std::string text = at_columns({{0, "Measure"}, {26, "Director"}, {44, "Actual"}, {54, "Target"}, {64, "Status"},
                           {74, "Comment"}, {110, "Finance Impact"}}) + "\n";
    const std::vector<std::string> titles = {"Lights fitted", "Bins emptied",  "Roads mended",  "Trees planted",
                                             "Parks opened",  "Grants paid", "Calls taken"};
    for (size_t i = 1; i <= 3; ++i)
        text += at_columns({{0, "OCC01.0" + std::to_string(i) + " " + titles[i - 1]}, {26, "Cllr A Lockhart"}, {46, "5"},
                    {56, "10"}, {74, "Good progress made."}}) +
                at_columns({{0, "with LED lanterns"}, {74, "More to come."}});
    text += "\f";
    for (size_t i = 4; i <= 7; ++i)
        text += at_columns({{0, "OCC01.0" + std::to_string(i) + " " + titles[i - 1]}, {24, "Cllr A Lockhart"}, {42, "7"},
                    {47, "12"}, {54, "Behind target this"}, {76, "Costs rise in"}}) +
                at_columns({{0, "in the county"}, {54, "month again."}, {76, "the year."}});
    auto records = build(pages_from_layout_text(text));
    REQUIRE(records.size() == 7);
    for (size_t i = 3; i < 7; ++i) {
        CAPTURE(records[i].measure_id);
        CHECK(records[i].director.value_or("") == "Cllr A Lockhart");
        CHECK(raw(records[i].period.actual) == "7");
        CHECK(records[i].comment.value_or("") == "Behind target this month again.");
        CHECK(records[i].finance_impact.value_or("") == "Costs rise in the year.");
    }
}

TEST_CASE("a label with no letter or digit names no column", "[table][header]") {
    // a watermark's dash ("NOT - FOR") set among the labels
    Page p = blank_page(1);
    put(p, "Measure", 40, 60);
    put(p, "Director", 150, 60);
    put(p, "-", 215, 60);
    put(p, "Actual", 250, 60);
    put(p, "Comment", 350, 60);
    put(p, "OCC01.01 Number of things", 40, 80);
    put(p, "Jo Bloggs", 150, 80);
    put(p, "100", 250, 80);
    put(p, "It went well.", 350, 80);
    auto lines = group_lines(p.words);
    auto h = find_header(lines, 0, repo_patterns());
    REQUIRE(h);
    CHECK(h->columns.size() == 4);
    for (const auto& c : h->columns) CHECK_FALSE(c.key.empty());
}

TEST_CASE("a refit is only made where the carried columns cut the page's words", "[table][refit]") {
    Page p1 = blank_page(1);
    put_monthly_header(p1, 60);
    put_monthly_row(p1, 80, "OCC03.01", "5", "GREEN");
    TableBuilder builder(repo_patterns());
    builder.add_page(p1, nullptr);
    Page p2 = blank_page(2);  // a PDF's next page: the same columns, no header
    double y = 80;
    for (const char* id : {"OCC03.02", "OCC03.03", "OCC03.04"}) y = put_monthly_row(p2, y, id, "6", "GREEN");
    builder.add_page(p2, nullptr);
    DocumentSummary summary;
    auto records = builder.finish(&summary);
    REQUIRE(records.size() == 4);
    for (const auto& note : summary.notes) CHECK(note.find("refitted") == std::string::npos);
    CHECK(records[3].period.actual->raw == "6");
    CHECK(records[3].ytd.target->raw == "1,000");
}

TEST_CASE("two columns' labels set a space apart part; one label's words do not", "[table][header]") {
    const std::string text =
        "Measure and description Portfolio     Narrative       Actual this period   Target this period    YTD Status\n"
        "OCC01.02 Rate of fostering    Cllr F    The figure is short.    32.14    31.00    RED\n"
        "enquiries per 10,000          Northcott A new system went live.\n"
        "OCC01.03 Tonnes of CO2 emitted Cllr B   Ahead of the target.    12.50    13.00    GREEN\n"
        "by the council's own estate   Smith     It is cumulative.\n";
    auto h = layout_text_header(text);
    REQUIRE(h);
    REQUIRE(h->find("measure"));
    CHECK(h->find("measure")->label == "Measure and description");
    REQUIRE(h->find("portfolio_holder"));
    CHECK(h->find("portfolio_holder")->label == "Portfolio");
    REQUIRE(h->find("ytd_status"));
    CHECK(h->find("ytd_status")->label == "YTD Status");
}

TEST_CASE("a label's lines spread apart by layout text's line grid stay one label", "[table][header]") {
    // the tall header cell's labels are centred, the grid puts blank lines and other labels between
    const std::string text =
        "                                                     Year to\n"
        "                        Actual this   Target this\n"
        "Measure      Director\n"
        "                        period        period         Date\n"
        "\n"
        "                                                     Status\n"
        "OCC01.02 Rate of things  Jo Bloggs     32.14       31.00           RED\n";
    auto h = layout_text_header(text);
    REQUIRE(h);
    REQUIRE(h->find("ytd_status"));
    CHECK(h->find("ytd_status")->label == "Year to Date Status");
    REQUIRE(h->find("period_actual"));
    REQUIRE(h->find("period_target"));
    CHECK(h->find("period_target")->label.find("period") != std::string::npos);
}

TEST_CASE("a header band goes on past a gap to the labels under its own", "[table][header]") {
    // layout text's coarse line grid (or a watermark line taken out) sets a tall header cell's
    // last label lines far below the rest
    const std::string text =
        "                                    Year to\n"
        "Measure       Director     Target   Date\n"
        "\n\n\n\n\n"
        "                           this     Status\n"
        "                           period\n"
        "OCC01.02 Rate of things    Jo Bloggs   31.00    RED\n";
    auto h = layout_text_header(text);
    REQUIRE(h);
    REQUIRE(h->find("ytd_status"));
    CHECK(h->find("ytd_status")->label == "Year to Date Status");
    REQUIRE(h->find("period_target"));
    CHECK(h->find("period_target")->label == "Target this period");
}

TEST_CASE("a label line set tight under two columns' labels parts under them", "[table][header]") {
    // "Performance Performance" a space apart under "Target" and "Actual", and no body gutter
    // between them in the first rows (the target column is empty there)
    Page p = blank_page(1);
    put(p, "Month", 330, 10);
    put(p, "Performance", 314, 18);
    put(p, "Measure", 40, 30);
    put(p, "Portfolio", 150, 30);
    put(p, "Commentary", 200, 30);
    put(p, "Target", 300, 30);
    put(p, "Actual", 345, 30);
    put(p, "RAG", 395, 34);
    put(p, "Performance", 290, 38);
    put(p, "Performance", 336, 38);
    put(p, "OCC01.02 Number of things", 40, 52);
    put(p, "Cllr A", 150, 52);
    put(p, "Ahead of the plan.", 200, 52);
    put(p, "1,807", 348, 52);
    put(p, "n/a", 396, 52);
    auto h = find_header(group_lines(p.words), 0, repo_patterns());
    REQUIRE(h);
    REQUIRE(h->find("period_target"));
    CHECK(h->find("period_target")->label.find("Target Performance") != std::string::npos);
    REQUIRE(h->find("period_actual"));
    CHECK(h->find("period_actual")->label.find("Actual Performance") != std::string::npos);
}

TEST_CASE("a status word layout text sets a space after its value goes to the status column", "[table][rows]") {
    // pdftotext -layout closes a row's tokens up where the line is tight: "5,765.00 AMBER"
    const std::string text =
        "Measure                      Director         Target        Actual      RAG\n"
        "OCC01.01 Lights fitted       Jo Bloggs      5,740.00      5,765.00     AMBER\n"
        "OCC01.02 Bins emptied        Al Smith       1,200.00   1,006.00 RED\n"
        "OCC01.03 Roads mended        Ann Lee           90.00         91.00     GREEN\n"
        "OCC01.04 Trees planted       Bo Chan           12.00         14.00      RED\n";
    auto records = build(pages_from_layout_text(text));
    REQUIRE(records.size() == 4);
    REQUIRE(records[1].period.actual);
    CHECK(records[1].period.actual->raw == "1,006.00");
    CHECK(records[1].period.status.value_or("") == "RED");
    CHECK(records[0].period.status.value_or("") == "AMBER");
}

TEST_CASE("a one-line label set tight between two columns' second lines parts from them", "[table][header]") {
    // "Performance Indicator Performance": "Indicator" is a label of its own, level with the
    // second lines of "Actual" / "Performance" and "Target" / "Performance"
    Page p = blank_page(1);
    put(p, "Measure", 40, 30);
    put(p, "Director", 150, 30);
    put(p, "Commentary", 200, 30);
    put(p, "Actual", 300, 22);
    put(p, "Target", 390, 22);
    put(p, "Performance", 290, 30);
    put(p, "Indicator", 336, 30);
    put(p, "Performance", 374, 30);
    put(p, "OCC01.02 Number of things", 40, 44);
    put(p, "Jo Bloggs", 150, 44);
    put(p, "Ahead of the plan.", 200, 44);
    put(p, "1,807", 300, 44);  // the status is drawn: no word under "Indicator"
    put(p, "1,500", 392, 44);
    auto h = find_header(group_lines(p.words), 0, repo_patterns());
    REQUIRE(h);
    REQUIRE(h->find("period_actual"));
    CHECK(h->find("period_actual")->label == "Actual Performance");
    REQUIRE(h->find("period_status"));
    CHECK(h->find("period_status")->label == "Indicator");
    REQUIRE(h->find("period_target"));
    CHECK(h->find("period_target")->label == "Target Performance");
}

namespace {

// A scan's sampler that sees an up arrow in every cell it is asked about, and no colour.
struct ArrowSampler : ColourSampler {
    CellColour classify(const Box&) override { return CellColour::none; }
    std::string read_arrow(const Box&) override { return "↑"; }
};

}  // namespace

namespace {

// A header with a Trend column between the director and the figures.
void put_trend_header(Page& p) {
    put(p, "Measure", 40, 60);
    put(p, "Director", 150, 60);
    put(p, "Trend", 210, 60);
    put(p, "Actual", 260, 60);
    put(p, "Target", 310, 60);
    put(p, "Comment", 420, 60);
}

}  // namespace

TEST_CASE("a scan's trend cell that OCR read as a letter takes the arrow drawn in it", "[table][rows]") {
    Page p = blank_page(1);
    p.method = PageMethod::ocr;
    put_trend_header(p);
    put(p, "OCC01.01 Lights fitted", 40, 80);
    put(p, "Jo Bloggs", 150, 80);
    put(p, "t", 215, 80);
    put(p, "5", 265, 80);
    put(p, "10", 315, 80);
    put(p, "Good progress.", 420, 80);
    put(p, "OCC01.02 Bins emptied", 40, 100);
    put(p, "Al Smith", 150, 100);
    put(p, "↓", 215, 100);
    put(p, "7", 265, 100);
    put(p, "12", 315, 100);
    put(p, "Behind target.", 420, 100);
    TableBuilder builder(repo_patterns());
    ArrowSampler sampler;
    builder.add_page(p, &sampler);
    auto records = builder.finish(nullptr);
    REQUIRE(records.size() == 2);
    CHECK(records[0].trend.value_or("") == "↑");
    bool warned = false;
    for (const auto& w : records[0].warnings) warned = warned || w.find("OCR read 't'") != std::string::npos;
    CHECK(warned);
    CHECK(records[1].trend.value_or("") == "↓");  // an arrow read as one is kept
}

namespace {

// A scan's sampler that reads one character from any cell it is asked about, and no colour.
struct SignSampler : ColourSampler {
    std::string sign;
    int asked = 0;
    explicit SignSampler(std::string s) : sign(std::move(s)) {}
    CellColour classify(const Box&) override { return CellColour::none; }
    std::string read_glyph(const Box&) override {
        ++asked;
        return sign;
    }
};

Page unit_page(PageMethod method) {
    Page p = blank_page(1);
    p.method = method;
    put(p, "Measure", 40, 60);
    put(p, "Unit", 150, 60);
    put(p, "Actual", 210, 60);
    put(p, "Target", 260, 60);
    put(p, "OCC01.01 Lights fitted", 40, 80);
    put(p, "5", 215, 80);
    put(p, "10", 265, 80);
    put(p, "OCC01.02 Bins emptied", 40, 100);
    put(p, "%", 152, 100);
    put(p, "7", 215, 100);
    put(p, "12", 265, 100);
    return p;
}

}  // namespace

TEST_CASE("a scan's empty unit cell takes the sign its ink reads as, where it is a unit", "[table][rows]") {
    SignSampler hash("#");
    TableBuilder builder(repo_patterns());
    builder.add_page(unit_page(PageMethod::ocr), &hash);
    auto records = builder.finish(nullptr);
    REQUIRE(records.size() == 2);
    CHECK(records[0].unit.value_or("") == "#");
    bool warned = false;
    for (const auto& w : records[0].warnings) warned = warned || w.find("unit read from the sign") != std::string::npos;
    CHECK(warned);
    CHECK(records[1].unit.value_or("") == "%");  // a unit OCR read is kept
    CHECK(hash.asked == 1);

    SignSampler letter("a");  // no unit: the cell stays empty
    TableBuilder again(repo_patterns());
    again.add_page(unit_page(PageMethod::ocr), &letter);
    CHECK_FALSE(again.finish(nullptr)[0].unit);

    SignSampler text_page("#");  // a text layer's empty cell is empty
    TableBuilder text(repo_patterns());
    text.add_page(unit_page(PageMethod::text), &text_page);
    CHECK_FALSE(text.finish(nullptr)[0].unit);
    CHECK(text_page.asked == 0);
}

namespace {

// A scan's sampler that sees a two-headed arrow only in a region reaching all of the ink in
// `ink`, and keeps the regions it was asked about.
struct InkSampler : ColourSampler {
    Box ink;
    std::vector<Box> asked;
    explicit InkSampler(Box b) : ink(b) {}
    CellColour classify(const Box&) override { return CellColour::none; }
    std::string read_arrow(const Box& r) override {
        asked.push_back(r);
        return r.x0 <= ink.x0 && r.x1 >= ink.x1 && r.y0 <= ink.y0 && r.y1 >= ink.y1 ? "↔" : "";
    }
};

}  // namespace

TEST_CASE("a trend mark set past its column's gutter is read where it is printed", "[table][rows]") {
    // The mark is centred in its cell, right of its label, and OCR read nothing of it: the
    // column as the body's gutters set it stops short of the ink, the status's label does not.
    Page p = blank_page(1);
    p.method = PageMethod::ocr;
    put(p, "Measure", 40, 60);
    put(p, "Director", 150, 60);
    put(p, "Trend", 210, 60);
    put(p, "Status", 262, 60);
    put(p, "Actual", 310, 60);
    put(p, "Comment", 420, 60);
    const double rows[] = {80, 100, 120};
    for (size_t i = 0; i < 3; ++i) {
        put(p, "OCC01.0" + std::to_string(i + 1) + " Lights fitted", 40, rows[i]);
        put(p, "Jo Bloggs", 150, rows[i]);
        if (i > 0) put(p, "RED", 262, rows[i]);
        put(p, "5", 315, rows[i]);
        put(p, "Good progress.", 420, rows[i]);
    }
    TableBuilder builder(repo_patterns());
    InkSampler sampler(Box{250, 80, 258, 84});
    builder.add_page(p, &sampler);
    auto records = builder.finish(nullptr);
    REQUIRE(records.size() == 3);
    CHECK(records[0].trend.value_or("") == "↔");
    CHECK_FALSE(records[1].trend);
    // a neighbour's words and label bound the region: none reaches the status at 262
    REQUIRE(sampler.asked.size() == 3);
    for (const Box& r : sampler.asked) CHECK(r.x1 < 262);
}

TEST_CASE("a trend mark OCR read as letters, with no raster to look at, is read back by its shape", "[table][rows]") {
    // an hOCR page: OCR's words, no raster
    Page p = blank_page(1);
    p.method = PageMethod::ocr;
    put_trend_header(p);
    const std::vector<std::pair<std::string, std::string>> trends = {{"t", "↑"}, {"^", "^"}, {"-", "-"}, {"Qx", "Qx"}};
    double y = 80;
    for (size_t i = 0; i < trends.size(); ++i, y += 20) {
        put(p, "OCC01.0" + std::to_string(i + 1) + " Lights fitted", 40, y);
        put(p, "Jo Bloggs", 150, y);
        put(p, trends[i].first, 215, y);
        put(p, "5", 265, y);
        put(p, "10", 315, y);
        put(p, "Good progress.", 420, y);
    }
    TableBuilder builder(repo_patterns());
    builder.add_page(p, nullptr);
    auto records = builder.finish(nullptr);
    REQUIRE(records.size() == trends.size());
    for (size_t i = 0; i < trends.size(); ++i) CHECK(records[i].trend.value_or("") == trends[i].second);
    bool warned = false;
    for (const auto& w : records[0].warnings) warned = warned || w.find("OCR read 't'") != std::string::npos;
    CHECK(warned);
    // a caret as printed is the trend: no warning but the header's lack of a Status column,
    // which is told: a status lost with its column is not lost silently
    REQUIRE(records[1].warnings.size() == 1);
    CHECK(records[1].warnings[0] == "period status: the table header shows no column for it");
}

TEST_CASE("an upper label line set tight over several columns parts over the labels below", "[table][header]") {
    // "Period Period Target" over "Actual", "RAG" and "YTD" (Period Actual, Period RAG, Target YTD),
    // with the statuses drawn: no body gutter parts them
    Page p = blank_page(1);
    put(p, "Measure", 40, 30);
    put(p, "Director", 150, 30);
    put(p, "Commentary", 200, 30);
    put(p, "Period", 300, 22);
    put(p, "Period", 326, 22);
    put(p, "Target", 352, 22);
    put(p, "Actual", 300, 30);
    put(p, "RAG", 330, 30);
    put(p, "YTD", 354, 30);
    put(p, "OCC01.02 Number of things", 40, 44);
    put(p, "Jo Bloggs", 150, 44);
    put(p, "Ahead of the plan.", 200, 44);
    put(p, "1,807", 300, 44);
    put(p, "9,000", 352, 44);
    auto h = find_header(group_lines(p.words), 0, repo_patterns());
    REQUIRE(h);
    REQUIRE(h->find("period_actual"));
    REQUIRE(h->find("period_status"));
    REQUIRE(h->find("ytd_target"));
    CHECK(h->find("ytd_target")->label == "Target YTD");
}

TEST_CASE("rows at a page's top are read under the last header though no row was open", "[table][rows]") {
    // page 1 ends with a priority banner (which closes its row); page 2 starts with that
    // priority's rows, then a new table's header further down
    Page p1 = blank_page(1);
    put_monthly_header(p1, 60);
    put_monthly_row(p1, 80, "OCC01.01", "5", "GREEN");
    put(p1, "OCC02 - Another priority of the council", 40, 120);
    Page p2 = blank_page(2);
    put_monthly_row(p2, 40, "OCC02.01", "6", "RED");
    put(p2, "OCC03 - A third priority", 40, 80);
    put_monthly_header(p2, 100);
    put_monthly_row(p2, 120, "OCC03.01", "7", "AMBER");
    auto records = build({p1, p2});
    REQUIRE(records.size() == 3);
    CHECK(records[1].measure_id == "OCC02.01");
    REQUIRE(records[1].period.actual);
    CHECK(records[1].period.actual->raw == "6");
}

TEST_CASE("a value label that names its own period keeps it under a group label reaching it", "[table][header]") {
    // "Year to Date" centred over its three columns reaches "Period Status" beside them
    Page p = blank_page(1);
    put(p, "Year to Date", 330, 20);
    put(p, "Measure", 40, 30);
    put(p, "Director", 150, 30);
    put(p, "Actual", 210, 30);
    put(p, "Target", 250, 30);
    put(p, "Period Status", 280, 30);
    put(p, "Actual", 340, 30);
    put(p, "Target", 370, 30);
    put(p, "Status", 400, 30);
    put(p, "OCC01.02 Number of things", 40, 44);
    put(p, "Jo Bloggs", 150, 44);
    put(p, "12", 212, 44);
    put(p, "10", 252, 44);
    put(p, "40", 342, 44);
    put(p, "35", 372, 44);
    auto h = find_header(group_lines(p.words), 0, repo_patterns());
    REQUIRE(h);
    REQUIRE(h->find("period_status"));
    CHECK(h->find("period_status")->label == "Period Status");
    REQUIRE(h->find("ytd_status"));
    CHECK(h->find("ytd_status")->label.find("Status") != std::string::npos);
}

TEST_CASE("a header printed above no body takes its boundaries from the pages that carry it", "[table][gutters]") {
    // Page 1 ends at the header, its labels centred over their columns; the rows follow on page 2.
    Page p1 = blank_page(1);
    put(p1, "Measure", 84, 64);
    put(p1, "Director", 168, 64);
    put(p1, "Portfolio", 216, 60);
    put(p1, "Holder", 216, 68);
    put_monthly_header(p1, 60, 0, false);
    Page p2 = blank_page(2);
    double y = 80;
    for (const char* id : {"OCC03.01", "OCC03.02", "OCC03.03"}) {
        put(p2, std::string(id) + " Households helped out", 40, y);
        put(p2, "to stay warm at home", 40, y + 8);
        put(p2, "Jo Bloggs", 164, y);
        put(p2, "Cllr A Smith", 212, y);
        put(p2, "5", 265, y);
        put(p2, "100", 315, y);
        put(p2, "GREEN", 365, y);
        put(p2, "On track.", 420, y);
        y += 24;
    }
    auto records = build({p1, p2});
    REQUIRE(records.size() == 3);
    for (const auto& r : records) {
        CHECK(r.title.value_or("") == "Households helped out to stay warm at home");
        CHECK(r.director.value_or("") == "Jo Bloggs");
        CHECK(r.portfolio_holder.value_or("") == "Cllr A Smith");
    }
}

TEST_CASE("a short group label heads the three columns it is centred over, not its wide neighbour", "[table][header]") {
    Page p = blank_page(1);
    put(p, "Period", 170, 40);                     // centred over Actual, Target and RAG
    put(p, "Year to Date Performance", 232, 40);   // a long label whose reach takes in RAG too
    put(p, "Measure", 40, 56);
    put(p, "Director", 90, 56);
    put(p, "Actual", 135, 56);
    put(p, "Target", 175, 56);
    put(p, "RAG", 215, 56);
    put(p, "Actual", 245, 56);
    put(p, "Target", 285, 56);
    put(p, "Status", 325, 56);
    auto h = find_header(group_lines(p.words), 0, repo_patterns());
    REQUIRE(h);
    CHECK(column_keys(*h) == std::vector<std::string>{"measure", "director", "period_actual", "period_target", "period_status",
                                           "ytd_actual", "ytd_target", "ytd_status"});
}

TEST_CASE("a group label's words parted over two columns are still one group", "[table][header]") {
    Page p = blank_page(1);
    put(p, "Period Performance", 170, 36);
    put(p, "YTD", 272, 36);          // over the YTD Target...
    put(p, "Performance", 287, 36);  // ...and the YTD Actual and RAG: one label, "YTD Performance"
    put(p, "Measure", 40, 56);
    put(p, "Director", 90, 56);
    put(p, "Target", 158, 56);
    put(p, "Actual", 194, 56);
    put(p, "Indicator", 224, 56);
    put(p, "Target", 266, 56);
    put(p, "Actual", 296, 56);
    put(p, "RAG", 322, 56);
    // the body's gutter under the group's word space is what parts its words
    for (double y : {72.0, 84.0, 96.0}) {
        put(p, "OCC01.01 Things", 40, y);
        put(p, "Jo Bloggs", 90, y);
        put(p, "5", 166, y);
        put(p, "10", 200, y);
        put(p, "GREEN", 226, y);
        put(p, "100", 272, y);
        put(p, "90", 300, y);
        put(p, "RED", 322, y);
    }
    auto h = find_header(group_lines(p.words), 0, repo_patterns());
    REQUIRE(h);
    CHECK(column_keys(*h) == std::vector<std::string>{"measure", "director", "period_target", "period_actual", "period_status",
                                           "ytd_target", "ytd_actual", "ytd_status"});
}

TEST_CASE("a word printed twice in a row parts two labels, whatever brackets it wears", "[table][header]") {
    Page p = blank_page(1);
    put(p, "Measure", 40, 56);
    put(p, "Director", 90, 56);
    put(p, "Period Actual Target (Period) Period RAG", 140, 56);  // one line, set a space apart
    put(p, "YTD Actual", 330, 56);
    auto h = find_header(group_lines(p.words), 0, repo_patterns());
    REQUIRE(h);
    CHECK(column_keys(*h) ==
          std::vector<std::string>{"measure", "director", "period_actual", "period_target", "period_status", "ytd_actual"});
    // the status column spans its whole label: a cell's fill is sampled across it
    CHECK(h->columns[3].label == "Target (Period)");
    CHECK(h->columns[4].label == "Period RAG");
}

TEST_CASE("a qualifier after one value label starts the next when the first had its own in front", "[table][header]") {
    Page p = blank_page(1);
    put(p, "Measure", 40, 56);
    put(p, "Director", 90, 56);
    put(p, "Target YTD YTD Actual YTD Status", 140, 56);  // set tight, a status drawn under its label
    put(p, "Narrative", 300, 56);
    auto h = find_header(group_lines(p.words), 0, repo_patterns());
    REQUIRE(h);
    CHECK(column_keys(*h) == std::vector<std::string>{"measure", "director", "ytd_target", "ytd_actual", "ytd_status", "comment"});
    CHECK(h->columns[4].label == "YTD Status");

    Page q = blank_page(1);
    put(q, "Measure", 40, 56);
    put(q, "Director", 90, 56);
    put(q, "Actual this period Target this period YTD RAG Actual (YTD)", 140, 56);
    auto g = find_header(group_lines(q.words), 0, repo_patterns());
    REQUIRE(g);
    CHECK(column_keys(*g) == std::vector<std::string>{"measure", "director", "period_actual", "period_target", "ytd_status", "ytd_actual"});
}

TEST_CASE("the words under an unrecognised column are told once per cell", "[table][rows]") {
    Page p = blank_page(1);
    put(p, "Measure", 40, 60);
    put(p, "Director", 150, 60);
    put(p, "Actual", 260, 60);
    put(p, "Target", 310, 60);
    put(p, "Implications", 360, 60);  // finance or risk: the label alone does not say
    put(p, "Comment", 450, 60);
    put(p, "OCC01.01 Lights fitted", 40, 80);
    put(p, "Jo Bloggs", 150, 80);
    put(p, "5", 265, 80);
    put(p, "10", 315, 80);
    put(p, "The risk is", 360, 80);
    put(p, "rated low.", 360, 88);
    put(p, "Good progress.", 450, 80);
    auto records = build({p});
    REQUIRE(records.size() == 1);
    std::vector<std::string> told;
    for (const auto& w : records[0].warnings)
        if (w.find("unrecognised column") != std::string::npos) told.push_back(w);
    CHECK(told == std::vector<std::string>{"page 1: 'The risk is rated low.' is under an unrecognised column ('Implications')"});
    CHECK(records[0].comment.value_or("") == "Good progress.");
}
