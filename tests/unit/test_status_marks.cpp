// Drawn statuses: marker shapes, marks read from a page's drawing or a raster, and the legend.
#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>

#include "table/legend.h"
#include "page_builder.h"
#include "table/marker.h"
#include "table/palette.h"
#include "table/shapes.h"
#include "test_helpers.h"

using namespace occx;

namespace {

std::string status_of(const CellStatus& s) { return s.status ? s.status : ""; }

using Poly = std::vector<Point>;

// A polygon given in a unit square, placed at (x, y) with side s.
Poly place(const Poly& unit, double x, double y, double s) {
    Poly out;
    for (const Point& p : unit) out.push_back({x + p.x * s, y + p.y * s});
    return out;
}

Poly circle_poly() {
    Poly p;
    for (int i = 0; i < 32; ++i) {
        const double a = 2 * std::numbers::pi * i / 32;
        p.push_back({0.5 + 0.5 * std::cos(a), 0.5 + 0.5 * std::sin(a)});
    }
    return p;
}

Poly star_poly() {
    Poly p;
    for (int i = 0; i < 10; ++i) {
        const double a = -std::numbers::pi / 2 + std::numbers::pi * i / 5;
        const double r = i % 2 ? 0.2 : 0.5;
        p.push_back({0.5 + r * std::cos(a), 0.5 + r * std::sin(a)});
    }
    return p;
}

const Poly kTriangle{{0.5, 0}, {1, 1}, {0, 1}};
const Poly kSquare{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
const Poly kDiamond{{0.5, 0}, {1, 0.5}, {0.5, 1}, {0, 0.5}};
const Poly kArrowUp{{0.5, 0}, {1, 0.45}, {0.65, 0.45}, {0.65, 1}, {0.35, 1}, {0.35, 0.45}, {0, 0.45}};

DrawnPath path(const Poly& poly, Rgb colour, double stroke = 0) {
    DrawnPath d;
    d.subpaths = {poly};
    d.colour = colour;
    d.stroke_width = stroke;
    d.box = {1e9, 1e9, -1e9, -1e9};
    for (const Point& p : poly)
        d.box = {std::min(d.box.x0, p.x), std::min(d.box.y0, p.y), std::max(d.box.x1, p.x), std::max(d.box.y1, p.y)};
    return d;
}

MarkShape shape_of(const Poly& unit, double side = 9) {
    DrawnPath p = path(place(unit, 100, 100, side), {0, 153, 68});
    return classify_shape(mask_from_paths({&p}));
}

const Rgb kGreen{0, 153, 68}, kAmber{255, 176, 0}, kRed{214, 40, 40}, kGrey{140, 140, 140};

// A white raster with a polygon painted in `ink` at `dpi` pixels per inch (page points in).
RgbImage raster_with(const Poly& poly_pt, double dpi, Rgb ink, int w_pt = 100, int h_pt = 100) {
    RgbImage img;
    const double s = dpi / 72;
    img.width = int(w_pt * s);
    img.height = int(h_pt * s);
    img.pixels.assign(size_t(img.width) * img.height * 3, 255);
    DrawnPath p = path(poly_pt, ink);
    for (int y = 0; y < img.height; ++y)
        for (int x = 0; x < img.width; ++x) {
            const double px = (x + 0.5) / s, py = (y + 0.5) / s;
            int crossings = 0;
            for (size_t i = 0; i < poly_pt.size(); ++i) {
                const Point& a = poly_pt[i];
                const Point& b = poly_pt[(i + 1) % poly_pt.size()];
                if ((a.y <= py) != (b.y <= py) && a.x + (py - a.y) / (b.y - a.y) * (b.x - a.x) > px) ++crossings;
            }
            if (crossings % 2) {
                unsigned char* out = &img.pixels[3 * (size_t(y) * img.width + x)];
                out[0] = ink.r, out[1] = ink.g, out[2] = ink.b;
            }
        }
    return img;
}

}  // namespace

TEST_CASE("marker shapes are told apart from their outlines", "[status][shape]") {
    CHECK(shape_of(circle_poly()) == MarkShape::circle);
    CHECK(shape_of(star_poly()) == MarkShape::star);
    CHECK(shape_of(kTriangle) == MarkShape::triangle);
    CHECK(shape_of(kSquare) == MarkShape::square);
    CHECK(shape_of(kDiamond) == MarkShape::diamond);
    CHECK(shape_of(kArrowUp) == MarkShape::arrow_up);
    Poly down = kTriangle;
    for (auto& p : down) p.y = 1 - p.y;
    CHECK(shape_of(down) == MarkShape::triangle_down);
    // the size a shape is drawn at does not matter
    CHECK(shape_of(star_poly(), 30) == MarkShape::star);
    CHECK(shape_of(kTriangle, 5) == MarkShape::triangle);
}

TEST_CASE("stroked ticks and crosses are shapes too", "[status][shape]") {
    DrawnPath tick = path(place({{0.05, 0.55}, {0.38, 0.9}, {0.95, 0.1}}, 50, 50, 10), kGreen, 2);
    CHECK(classify_shape(mask_from_paths({&tick})) == MarkShape::tick);
    DrawnPath a = path(place({{0.1, 0.1}, {0.9, 0.9}}, 50, 50, 10), kRed, 2.4);
    DrawnPath b = path(place({{0.9, 0.1}, {0.1, 0.9}}, 50, 50, 10), kRed, 2.4);
    CHECK(classify_shape(mask_from_paths({&a, &b})) == MarkShape::cross);
}

TEST_CASE("a blob that resembles no shape is none", "[status][shape]") {
    Mask line;
    line.width = 20;
    line.height = 3;
    line.on.assign(60, 1);
    line.on[25] = 0;
    Mask speck;
    speck.width = speck.height = 2;
    speck.on.assign(4, 1);
    CHECK(classify_shape(speck) == MarkShape::none);
    // an L shape
    Mask ell;
    ell.width = ell.height = 10;
    ell.on.assign(100, 0);
    for (int i = 0; i < 10; ++i) ell.on[size_t(i) * 10] = ell.on[90 + size_t(i)] = 1;
    CHECK(classify_shape(ell) == MarkShape::none);
}

TEST_CASE("a status cell's marker is read from the page's drawing", "[status][drawing]") {
    Drawing d;
    // a cell with a border (stroked), a red triangle inside, and a green circle in the next cell
    d.paths.push_back(path({{10, 10}, {60, 10}, {60, 30}, {10, 30}}, {89, 89, 89}, 0.5));
    d.paths.push_back(path(place(kTriangle, 30, 15, 9), kRed));
    d.paths.push_back(path(place(circle_poly(), 80, 15, 9), kGreen));
    MarkReading m = read_mark(d, Box{11.5, 11, 58.5, 29});
    CHECK(m.colour == CellColour::red);
    CHECK(m.shape == MarkShape::triangle);
    MarkReading next = read_mark(d, Box{61.5, 11, 108.5, 29});
    CHECK(next.colour == CellColour::green);
    CHECK(next.shape == MarkShape::circle);
    CHECK_FALSE(read_mark(d, Box{200, 11, 250, 29}).found());
}

TEST_CASE("a coloured cell background is the cell's status when nothing sits in it", "[status][drawing]") {
    Drawing d;
    d.paths.push_back(path({{10, 10}, {60, 10}, {60, 30}, {10, 30}}, {0, 176, 80}));
    MarkReading m = read_mark(d, Box{11.5, 11, 58.5, 29});
    CHECK(m.colour == CellColour::green);
    CHECK(m.shape == MarkShape::none);
    // the last column's region may run on to the page's edge, wider than its cell
    CHECK(read_mark(d, Box{11.5, 11, 120, 29}).colour == CellColour::green);
    // a grey or tinted cell, or a tint across the whole row, is the table's look: no marker
    Drawing grey;
    grey.paths.push_back(path({{10, 10}, {60, 10}, {60, 30}, {10, 30}}, {191, 191, 191}));
    CHECK_FALSE(read_mark(grey, Box{11.5, 11, 58.5, 29}).found());
    Drawing row;
    row.paths.push_back(path({{0, 10}, {800, 10}, {800, 30}, {0, 30}}, {0, 176, 80}));
    CHECK_FALSE(read_mark(row, Box{11.5, 11, 58.5, 29}).found());
}

TEST_CASE("a word printed in a status colour gives its colour", "[status][drawing]") {
    Drawing d;
    d.texts.push_back({Box{20, 14, 40, 22}, {0, 140, 60}});
    CHECK(read_mark(d, Box{11.5, 11, 58.5, 29}).colour == CellColour::green);
    d.texts.push_back({Box{42, 14, 50, 22}, {200, 30, 30}});
    CHECK(read_mark(d, Box{11.5, 11, 58.5, 29}).colour == CellColour::ambiguous);
}

TEST_CASE("an icon image's opaque pixels give its shape, its pixels its colour", "[status][drawing]") {
    DrawnImage icon;
    icon.box = {20, 12, 30, 22};
    icon.pixels.width = icon.pixels.height = 20;
    icon.pixels.pixels.assign(20 * 20 * 3, 0);
    icon.alpha.assign(20 * 20, 0);
    for (int y = 0; y < 20; ++y)
        for (int x = 0; x < 20; ++x) {
            unsigned char* px = &icon.pixels.pixels[3 * size_t(y * 20 + x)];
            px[0] = kAmber.r, px[1] = kAmber.g, px[2] = kAmber.b;
            if (std::abs(x - 9.5) + std::abs(y - 9.5) <= 10) icon.alpha[size_t(y * 20 + x)] = 255;
        }
    Drawing d;
    d.images.push_back(icon);
    MarkReading m = read_mark(d, Box{11.5, 11, 58.5, 29});
    CHECK(m.colour == CellColour::amber);
    CHECK(m.shape == MarkShape::diamond);
}

TEST_CASE("a scan's marker: colour where printed in colour, shape in grey", "[status][raster]") {
    const Poly star = place(star_poly(), 40, 40, 12);
    RgbImage colour = raster_with(star, 150, kGreen);
    MarkReading m = read_mark(colour, 150, Box{30, 30, 70, 70});
    CHECK(m.colour == CellColour::green);
    CHECK(m.shape == MarkShape::star);
    CHECK(raster_has_colour(colour));
    RgbImage grey = raster_with(place(kTriangle, 40, 40, 12), 150, kGrey);
    MarkReading g = read_mark(grey, 150, Box{30, 30, 70, 70});
    CHECK(g.colour == CellColour::none);
    CHECK(g.grey);
    CHECK(g.shape == MarkShape::triangle);
    CHECK_FALSE(raster_has_colour(grey));
    // a frame round the marker (a key's cell border), inking more than the marker, is not it
    RgbImage framed = raster_with(place(kTriangle, 40, 40, 12), 150, kGrey);
    const int f0 = 66, f1 = 122;  // pixels: about 32 to 59 points
    for (int a = f0; a <= f1; ++a)
        for (int t = 0; t < 2; ++t)
            for (auto [x, y] : {std::pair{a, f0 + t}, std::pair{a, f1 - t}, std::pair{f0 + t, a}, std::pair{f1 - t, a}}) {
                unsigned char* px = &framed.pixels[3 * (size_t(y) * framed.width + x)];
                px[0] = px[1] = px[2] = 0;
            }
    CHECK(read_mark(framed, 150, Box{30, 30, 70, 70}).shape == MarkShape::triangle);
    // a row's rule across the cell is no marker
    RgbImage rule = raster_with({{0, 49}, {100, 49}, {100, 50}, {0, 50}}, 150, {0, 0, 0});
    CHECK(read_mark(rule, 150, Box{30, 30, 70, 70}).shape == MarkShape::none);
}

namespace {

// A Key table as a report's cover prints it; the markers are answered by `marks`, by row.
Page key_page() {
    using namespace testing_pages;
    Page p = blank_page(1);
    put(p, "Status Indicator Status Description", 20, 100);
    put(p, "Misses target by significant margin", 100, 120);
    put(p, "Misses target by narrow margin", 100, 135);
    put(p, "Meets or exceeds target", 100, 150);
    put(p, "Data missing", 100, 165);
    return p;
}

std::function<MarkReading(const Box&)> marks_by_row(MarkReading red, MarkReading amber, MarkReading green,
                                                    MarkReading missing = {}) {
    return [=](const Box& b) {
        const double y = b.center_y();
        return y < 130 ? red : y < 145 ? amber : y < 160 ? green : missing;
    };
}

MarkReading mark(CellColour c, MarkShape s, bool grey = false) {
    MarkReading m;
    m.colour = c;
    m.shape = s;
    m.grey = grey;
    return m;
}

}  // namespace

TEST_CASE("a key of coloured circles: colour tells, the shape does not", "[status][legend]") {
    Legend legend(repo_patterns());
    REQUIRE(legend.learn(key_page(), marks_by_row(mark(CellColour::red, MarkShape::circle),
                                                  mark(CellColour::amber, MarkShape::circle),
                                                  mark(CellColour::green, MarkShape::circle))));
    CHECK(status_of(legend.decide(mark(CellColour::green, MarkShape::circle), true)) == "GREEN");
    CHECK(status_of(legend.decide(mark(CellColour::red, MarkShape::none), true)) == "RED");
    // in grey, a circle tells nothing: null, with a warning saying so
    CellStatus grey = legend.decide(mark(CellColour::none, MarkShape::circle, true), false);
    CHECK(grey.status == nullptr);
    CHECK(grey.note.find("tells no status") != std::string::npos);
}

TEST_CASE("a key of shapes in one colour: the shape tells", "[status][legend]") {
    Legend legend(repo_patterns());
    REQUIRE(legend.learn(key_page(), marks_by_row(mark(CellColour::none, MarkShape::cross, true),
                                                  mark(CellColour::none, MarkShape::diamond, true),
                                                  mark(CellColour::none, MarkShape::tick, true),
                                                  mark(CellColour::none, MarkShape::circle, true))));
    CHECK(status_of(legend.decide(mark(CellColour::none, MarkShape::tick, true), true)) == "GREEN");
    CHECK(status_of(legend.decide(mark(CellColour::none, MarkShape::cross, true), false)) == "RED");
    CellStatus missing = legend.decide(mark(CellColour::none, MarkShape::circle, true), true);
    CHECK(missing.status == nullptr);
    CHECK(missing.note.find("Data missing") != std::string::npos);
    CHECK(legend.describe().find("tick grey = GREEN") != std::string::npos);
}

TEST_CASE("colour and shape disagreeing: a warning, and the key says which wins", "[status][legend]") {
    Legend legend(repo_patterns());
    REQUIRE(legend.learn(key_page(), marks_by_row(mark(CellColour::red, MarkShape::triangle),
                                                  mark(CellColour::amber, MarkShape::circle),
                                                  mark(CellColour::green, MarkShape::star))));
    CellStatus s = legend.decide(mark(CellColour::green, MarkShape::triangle), true);
    CHECK(status_of(s) == "GREEN");
    CHECK(s.note == "the marker's colour says GREEN but its shape (triangle) says RED");
    CHECK(status_of(legend.decide(mark(CellColour::none, MarkShape::star, true), false)) == "GREEN");
}

TEST_CASE("without a key: colour as always, and the pack's default shapes where there is none", "[status][legend]") {
    Legend legend(repo_patterns());
    CHECK_FALSE(legend.learn(testing_pages::blank_page(1), marks_by_row({}, {}, {})));
    CHECK(status_of(legend.decide(mark(CellColour::amber, MarkShape::star), true)) == "AMBER");
    CHECK(legend.decide(mark(CellColour::amber, MarkShape::star), true).note.empty());
    CHECK(status_of(legend.decide(mark(CellColour::none, MarkShape::star, true), false)) == "GREEN");
    CHECK(status_of(legend.decide(mark(CellColour::none, MarkShape::circle, true), false)) == "AMBER");
    CHECK(status_of(legend.decide(mark(CellColour::none, MarkShape::triangle, true), false)) == "RED");
    CHECK(legend.decide(mark(CellColour::none, MarkShape::square, true), false).status == nullptr);
    CHECK(legend.decide(MarkReading{}, true).status == nullptr);
    CHECK(legend.decide(MarkReading{}, true).note.empty());  // an empty cell: the row says so
}

TEST_CASE("a key of glyphs is read from the glyphs", "[status][legend]") {
    using namespace testing_pages;
    Page p = blank_page(1);
    put(p, "Status Description", 100, 100);
    put(p, "▲", 40, 120);
    put(p, "Misses target by significant margin", 100, 120);
    put(p, "★", 40, 135);
    put(p, "Meets or exceeds target", 100, 135);
    Legend legend(repo_patterns());
    REQUIRE(legend.learn(p, [](const Box&) { return MarkReading{}; }));
    CHECK(status_of(legend.decide(mark(CellColour::none, MarkShape::triangle, true), false)) == "RED");
    CHECK(legend.describe() == "status key: triangle = RED; star = GREEN;");
}

TEST_CASE("shapes guessed without a key stand only where the document's markers differ in shape", "[status][legend]") {
    auto guessed = [](std::initializer_list<MarkShape> shapes) {
        Legend legend(repo_patterns());
        std::vector<Record> records;
        for (MarkShape s : shapes) {
            CellStatus c = legend.decide(mark(CellColour::none, s, true), false);
            Record r;
            r.period.status = c.status;
            r.warnings.push_back("period status: " + c.note);
            records.push_back(r);
        }
        legend.settle(records);
        return records;
    };
    auto varied = guessed({MarkShape::star, MarkShape::circle, MarkShape::star});
    CHECK(varied[0].period.status == "GREEN");
    CHECK(varied[1].period.status == "AMBER");
    CHECK(varied[1].warnings.front() == "period status: read from the marker's shape alone (circle)");
    auto circles = guessed({MarkShape::circle, MarkShape::circle});
    CHECK_FALSE(circles[0].period.status);
    CHECK(circles[0].warnings.front().find("tells no status") != std::string::npos);
    // a marker decided in no kept record (a reading set aside, a speck outside the table) is
    // no second shape: the records' markers all are circles
    Legend legend(repo_patterns());
    legend.decide(mark(CellColour::none, MarkShape::star, true), false);
    std::vector<Record> kept(2);
    for (Record& r : kept) {
        CellStatus c = legend.decide(mark(CellColour::none, MarkShape::circle, true), false);
        r.period.status = c.status;
        r.warnings.push_back("period status: " + c.note);
    }
    legend.settle(kept);
    CHECK_FALSE(kept[0].period.status);
    CHECK_FALSE(kept[1].period.status);
}

TEST_CASE("a key's own colours decide shades the hue alone would misread", "[status][legend]") {
    auto painted = [](CellColour c, Rgb rgb) {
        MarkReading m = mark(c, MarkShape::none);
        m.paint = rgb;
        return m;
    };
    // a document whose red is an orange-brown (hue 20 degrees, amber to a hue bucket)
    const Rgb red{177, 73, 19}, amber{235, 190, 30}, green{30, 130, 60};
    Legend legend(repo_patterns());
    REQUIRE(legend.learn(key_page(), marks_by_row(painted(CellColour::amber, red), painted(CellColour::amber, amber),
                                                  painted(CellColour::green, green))));
    CHECK(status_of(legend.decide(painted(CellColour::amber, red), true)) == "RED");
    CHECK(status_of(legend.decide(painted(CellColour::amber, amber), true)) == "AMBER");
    // a colour far from every key colour keeps its hue's meaning
    CHECK(status_of(legend.decide(painted(CellColour::green, {0, 255, 0}), true)) == "GREEN");
}

TEST_CASE("a scan's trend arrow is read from its ink: a font's thin arrow too", "[status][raster]") {
    // a font's arrow: a thin shaft under a wide head, 8 points tall
    const Poly thin_up{{0.5, 0}, {0.8, 0.35}, {0.56, 0.35}, {0.56, 1}, {0.44, 1}, {0.44, 0.35}, {0.2, 0.35}};
    RgbImage up = raster_with(place(thin_up, 40, 40, 8), 200, {0, 0, 0});
    CHECK(read_arrow(up, 200, Box{30, 30, 70, 70}) == "↑");
    Poly thin_down;
    for (const Point& p : thin_up) thin_down.push_back({p.x, 1 - p.y});
    CHECK(read_arrow(raster_with(place(thin_down, 40, 40, 8), 200, {0, 0, 0}), 200, Box{30, 30, 70, 70}) == "↓");
    // a letter-like blob or a square is no arrow
    CHECK(read_arrow(raster_with(place(kSquare, 40, 40, 8), 200, {0, 0, 0}), 200, Box{30, 30, 70, 70}).empty());
    CHECK(read_arrow(raster_with(place(kArrowUp, 40, 40, 10), 200, kGreen), 200, Box{30, 30, 70, 70}) == "↑");
}

namespace {

// A scan's pixels as text ('#' ink), on a white page with a margin, at 150 dpi.
RgbImage ascii_raster(const std::vector<std::string>& rows) {
    constexpr int kMargin = 10;
    RgbImage img;
    img.width = int(rows[0].size()) + 2 * kMargin;
    img.height = int(rows.size()) + 2 * kMargin;
    img.pixels.assign(size_t(img.width) * img.height * 3, 255);
    for (size_t y = 0; y < rows.size(); ++y)
        for (size_t x = 0; x < rows[y].size(); ++x)
            if (rows[y][x] == '#')
                for (int c = 0; c < 3; ++c) img.pixels[3 * ((y + kMargin) * size_t(img.width) + x + kMargin) + c] = 0;
    return img;
}

std::string arrow_in(const std::vector<std::string>& rows) {
    const RgbImage img = ascii_raster(rows);
    return read_arrow(img, 150, Box{0, 0, img.width * 72.0 / 150, img.height * 72.0 / 150});
}

}  // namespace

TEST_CASE("small scanned arrows: a shaft thickened to two pixels, heads with little shaft between", "[status][raster]") {
    // a 7 pt ↑ on a black-and-white scan kept at 150 dpi: its hairline shaft is two pixels
    CHECK(arrow_in({".##.", "####", "###.", ".##.", ".##.", ".##.", ".##.", ".##.", ".##."}) == "↑");
    // a small ↔ whose heads leave only a fifth of its length to the shaft
    CHECK(arrow_in({".##....##.", "##########", "####..####", ".##....##."}) == "↔");
    CHECK(arrow_in({"..#....#...", ".###...##..", "####..####.", "###########", "###########", "###....###.",
                    ".##....##..", "..#....#..."}) == "");  // shorter than 1.5 times its height: not read
    // an ↑ with a foot is not two-headed: its ends do not match
    CHECK(arrow_in({"..##..", ".####.", "######", "..##..", "..##..", "..##..", "..##..", "..##..", ".###..",
                    "..##.."}) == "↑");
    // a cross's arms are no heads: wide in the middle
    CHECK(arrow_in({"#......#", ".#....#.", "..#..#..", "...##...", "...##...", "..#..#..", ".#....#.",
                    "#......#"}) == "");
}

TEST_CASE("a scanned caret is a trend mark: a chevron open between its legs", "[status][raster]") {
    // a 7 pt ^ as a 300 dpi scan of a serif font draws it
    const std::vector<std::string> caret{"........##........", "......######......", ".....########.....",
                                         "....##########....", "...######.#####...", "..######...#####..",
                                         ".######.....######", "#####........#####", "####..........####"};
    CHECK(arrow_in(caret) == "^");
    CHECK(arrow_in(std::vector<std::string>(caret.rbegin(), caret.rend())) == "v");
    // a triangle is inked between its sides; an A or a V letter is taller than wide
    CHECK(arrow_in({"....##....", "...####...", "..######..", ".########.", "##########"}).empty());
    CHECK(arrow_in({"..##..", "..##..", ".#..#.", ".#..#.", ".####.", "#....#", "#....#"}).empty());
}

TEST_CASE("a red leaning to orange is red: past the fixed band, by the document's other paints", "[status][palette]") {
    // a vermilion is still red by its hue alone
    CHECK(classify_rgb(Rgb{229, 59, 0}) == CellColour::red);
    CHECK(classify_rgb(Rgb{255, 176, 0}) == CellColour::amber);
    // a brick red (hue 21°) reads as amber alone; beside the template's amber (hue 44°) it is the red
    auto row = [](const char* status, Rgb paint) {
        RowDraft r;
        r.colour_status["period_status"] = status;
        r.status_paint["period_status"] = paint;
        return r;
    };
    const Rgb brick{177, 73, 17}, amber{255, 187, 0}, green{38, 144, 33};
    REQUIRE(classify_rgb(brick) == CellColour::amber);
    std::vector<RowDraft> rows{row("AMBER", brick), row("AMBER", amber), row("GREEN", green), row("AMBER", brick)};
    reread_reds_by_palette(rows);
    CHECK(rows[0].colour_status["period_status"] == "RED");
    CHECK(rows[0].status_notes["period_status"].find("reddest") != std::string::npos);
    CHECK(rows[1].colour_status["period_status"] == "AMBER");
    CHECK(rows[3].colour_status["period_status"] == "RED");
    // with a red of its own, or with one amber paint only, the document's ambers stay amber
    std::vector<RowDraft> with_red{row("AMBER", brick), row("AMBER", amber), row("RED", Rgb{214, 40, 40})};
    reread_reds_by_palette(with_red);
    CHECK(with_red[0].colour_status["period_status"] == "AMBER");
    std::vector<RowDraft> one_amber{row("AMBER", brick), row("GREEN", green)};
    reread_reds_by_palette(one_amber);
    CHECK(one_amber[0].colour_status["period_status"] == "AMBER");
}

TEST_CASE("a crop of a page's ink keeps its pixels and its region's place; an inverted region is empty", "[status][raster]") {
    InkBitmap ink(100, 80);
    ink.set(10, 20);
    ink.set(99, 79);
    CHECK(ink.ink(10, 20));
    CHECK_FALSE(ink.ink(11, 20));
    Box local;
    const RgbImage crop = ink_crop(ink, 72, Box{8, 18, 12.5, 22}, local);
    REQUIRE(crop.width == 5);
    REQUIRE(crop.height == 4);
    CHECK(crop.at(2, 2)[0] == 0);
    CHECK(crop.at(0, 0)[0] == 255);
    CHECK(local.x0 == Approx(0));
    CHECK(local.x1 == Approx(4.5));
    const RgbImage none = ink_crop(ink, 72, Box{50, 40, 20, 10}, local);
    CHECK(none.width == 0);
    CHECK(none.pixels.empty());
    CHECK(read_arrow(none, 72, local).empty());
}

TEST_CASE("a raster kept for a second reading: a grey one in a byte a pixel, a colour one as it is", "[status][raster]") {
    RgbImage grey_page{3, 2, {10, 10, 10, 20, 20, 20, 30, 30, 30, 40, 40, 40, 50, 50, 50, 255, 255, 255}};
    const PackedRaster packed = pack_raster(grey_page);
    CHECK(packed.grey);
    CHECK(packed.bytes.size() == 6);
    CHECK(unpack_raster(packed).pixels == grey_page.pixels);
    RgbImage colour = grey_page;
    colour.pixels[4] = 200;  // one pixel off grey
    const PackedRaster kept = pack_raster(colour);
    CHECK_FALSE(kept.grey);
    CHECK(kept.bytes.size() == 18);
    const RgbImage back = unpack_raster(kept);
    CHECK(back.width == 3);
    CHECK(back.height == 2);
    CHECK(back.pixels == colour.pixels);
}

TEST_CASE("a star blurred until its notches fill is still a star, not a diamond", "[status][shape]") {
    // A 5 pt star from a blurred 150 dpi scan, in the page's ink at 300 dpi (a dev variant's Key).
    const std::vector<std::string> rows = {
        "..........###...............", ".........#####..............", ".........#####..............",
        ".........#####..............", "........#######.............", ".......#########............",
        ".......############.........", "#######################.....", "#######################.....",
        "######################......", "######################......", ".####################.......",
        "...#################........", "....###############.........", "....###############.........",
        ".....##############.........", ".....##############.........", "....###############.........",
        "....################........", "....#######..#######.........", "....#####......####..........",
        "....####.........##.........", "......#....................."};
    Mask m;
    m.width = int(rows[0].size());
    m.height = int(rows.size());
    for (const auto& row : rows)
        for (char c : row) m.on.push_back(c == '#');
    CHECK(classify_shape(m) == MarkShape::star);
    // Convex marks as large keep their shapes.
    for (const auto& [poly, shape] : std::vector<std::pair<Poly, MarkShape>>{
             {kTriangle, MarkShape::triangle}, {kDiamond, MarkShape::diamond}, {circle_poly(), MarkShape::circle}}) {
        const RgbImage img = raster_with(place(poly, 10, 10, 6), 300, kGrey);
        CHECK(classify_shape(mask_from_raster(img, 0, 0, img.width, img.height)) == shape);
    }
}

TEST_CASE("a key whose header OCR lost is read from its descriptions; one description alone is no key", "[status][legend]") {
    using namespace testing_pages;
    // A scanned Key: its small bold header and its first row's wording lost to OCR.
    Page scanned = blank_page(1);
    put(scanned, "Key", 20, 80);
    put(scanned, "target by", 100, 120);
    put(scanned, "Misses target by narrow margin", 100, 135);
    put(scanned, "Meets or exceeds target", 100, 150);
    Legend legend(repo_patterns());
    REQUIRE(legend.learn(scanned, marks_by_row(mark(CellColour::red, MarkShape::triangle),
                                               mark(CellColour::none, MarkShape::circle, true),
                                               mark(CellColour::none, MarkShape::star, true))));
    CHECK(legend.describe() == "status key: circle grey = AMBER; star grey = GREEN;");
    CHECK(status_of(legend.decide(mark(CellColour::none, MarkShape::star, true), false)) == "GREEN");
    // The row OCR lost leaves RED to the pack's default shape, which the key gives no status;
    // a shape whose default status the key shows in another shape stays unknown.
    CHECK(status_of(legend.decide(mark(CellColour::none, MarkShape::triangle, true), false)) == "RED");
    Legend squares(repo_patterns());
    REQUIRE(squares.learn(scanned, marks_by_row({}, mark(CellColour::none, MarkShape::square, true),
                                                        mark(CellColour::none, MarkShape::star, true))));
    CHECK(squares.decide(mark(CellColour::none, MarkShape::circle, true), false).status == nullptr);
    // A comment that says a measure meets its target is not a key.
    Page comment = blank_page(1);
    put(comment, "The service meets or exceeds target this month", 100, 150);
    Legend none(repo_patterns());
    CHECK_FALSE(none.learn(comment, marks_by_row({}, {}, mark(CellColour::green, MarkShape::star))));
}
