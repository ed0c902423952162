#include "table/legend.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <set>

#include "table/line.h"
#include "util/text.h"

namespace occx {

namespace {

// Words of one Key row sit within this many points of each other vertically.
constexpr double kSameLine = 3.0;
// A marker's exact colour within this RGB distance of a key's is that key entry's colour
// (reports pick their own greens and reds; a key shows the ones the document uses).
constexpr double kKeyColourDistance = 60;
// Words taller than this many times the page's median word are a watermark's letters.
constexpr double kWatermarkHeight = 2.0;

const char* canonical(const std::string& status) {
    for (const char* s : {"GREEN", "AMBER", "RED"})
        if (status == s) return s;
    return nullptr;
}

struct KeyLine {
    Box box;
    std::string text;
};

// The page's words in lines (top to bottom), each line's text in reading order.
// A word of a description, not a marker: a symbol a font lost its Unicode for is no word.
bool is_wording(const std::string& text) {
    return std::count_if(text.begin(), text.end(), [](char c) { return std::isalpha((unsigned char)c); }) >= 2;
}

std::vector<KeyLine> lines_of(const Page& page) {
    std::vector<const Word*> words;
    const double tallest = kWatermarkHeight * median_word_height(page.words);
    for (const Word& w : page.words)
        if (w.box.height() <= tallest) words.push_back(&w);
    std::sort(words.begin(), words.end(), [](const Word* a, const Word* b) { return a->box.center_y() < b->box.center_y(); });
    std::vector<std::vector<const Word*>> groups;
    for (const Word* w : words) {
        if (groups.empty() || w->box.center_y() - groups.back().front()->box.center_y() > kSameLine) groups.emplace_back();
        groups.back().push_back(w);
    }
    std::vector<KeyLine> lines;
    for (auto& g : groups) {
        std::sort(g.begin(), g.end(), [](const Word* a, const Word* b) { return a->box.x0 < b->box.x0; });
        KeyLine l{g.front()->box, ""};
        for (const Word* w : g) {
            l.box = union_box(l.box, w->box);
            l.text += (l.text.empty() ? "" : " ") + w->text;
        }
        lines.push_back(std::move(l));
    }
    return lines;
}

constexpr std::array<std::pair<const char*, const char*>, 4> kKinds = {{
    {"legend.green", "GREEN"}, {"legend.amber", "AMBER"}, {"legend.red", "RED"}, {"legend.missing", kDataMissing}}};

// The Key's rows start under its header ("Status Indicator | Description"). A scanned Key's
// header is small bold print that OCR may lose; its rows still make it a Key where the page
// describes two statuses or more, as only a Key does ("Meets or exceeds target", "Misses target
// by narrow margin"): they start at the first such description.
std::vector<KeyLine>::const_iterator first_key_line(const std::vector<KeyLine>& lines, const PatternPack& pack) {
    auto header = std::find_if(lines.begin(), lines.end(),
                               [&](const KeyLine& l) { return pack.matches_any("legend.header", l.text); });
    if (header != lines.end()) return header + 1;
    auto described = [&](const KeyLine& l, const char* key) { return pack.matches_any(key, l.text); };
    std::set<std::string> statuses;
    auto first = lines.end();
    for (auto it = lines.begin(); it != lines.end(); ++it)
        for (const auto& [key, outcome] : kKinds)
            if (canonical(outcome) && described(*it, key)) {
                statuses.insert(outcome);
                if (first == lines.end()) first = it;
            }
    return statuses.size() >= 2 ? first : lines.end();
}

}  // namespace

bool Legend::learn(const Page& page, const std::function<MarkReading(const Box&)>& read_mark) {
    const std::vector<KeyLine> lines = lines_of(page);
    const auto first = first_key_line(lines, pack_);
    if (first == lines.end()) return false;
    const size_t before = entries_.size();
    for (auto it = first; it != lines.end(); ++it) {
        for (const auto& [key, outcome] : kKinds) {
            if (!pack_.matches_any(key, it->text)) continue;
            // The marker stands left of its description, in the row's band: a glyph, or drawn.
            MarkShape glyph_shape = MarkShape::none;
            double text_x0 = it->box.x1;
            for (const Word& w : page.words) {
                if (std::abs(w.box.center_y() - it->box.center_y()) > kSameLine) continue;
                if (auto glyph = pack_.classify("legend.glyph", w.text)) glyph_shape = shape_from_name(*glyph);
                else if (is_wording(w.text)) text_x0 = std::min(text_x0, w.box.x0);
            }
            // half a line's height: the rows above and below hold their own markers
            const double pad = it->box.height() / 2;
            Entry e{read_mark({0, it->box.y0 - pad, text_x0 - 1, it->box.y1 + pad}), outcome};
            if (glyph_shape != MarkShape::none) e.mark.shape = glyph_shape;  // a glyph's shape is its Unicode's
            if (e.mark.found() || outcome == std::string(kDataMissing)) entries_.push_back(e);
            break;
        }
    }
    return entries_.size() > before;
}

std::string Legend::describe() const {
    std::string out = "status key:";
    for (const Entry& e : entries_) {
        std::string mark = shape_name(e.mark.shape);
        if (const char* c = colour_status(e.mark.colour)) mark += std::string(mark.empty() ? "" : " ") + to_lower_ascii(c);
        if (e.mark.grey) mark += mark.empty() ? "grey" : " grey";
        out += " " + (mark.empty() ? std::string("(no marker)") : mark) + " = " + e.outcome + ";";
    }
    return out;
}

// A key tells what markers mean once it maps two statuses at least; a key read in part (an
// OCR'd cover) tells nothing, and the defaults stand.
bool Legend::key_read() const {
    return std::count_if(entries_.begin(), entries_.end(), [](const Entry& e) { return canonical(e.outcome); }) >= 2;
}

// Colour carries the meaning when the key's statuses differ in colour (or there is no key).
bool Legend::colour_tells() const {
    // The exact paint where known, else the hue's class; a key whose colours were not seen (its
    // glyphs' colour lost) does not say colour means nothing.
    std::set<int> colours;
    for (const Entry& e : entries_)
        if (canonical(e.outcome) && (e.mark.colour != CellColour::none || e.mark.grey))
            colours.insert(e.mark.paint ? (e.mark.paint->r << 16 | e.mark.paint->g << 8 | e.mark.paint->b) + 8
                                        : int(e.mark.colour));
    return !key_read() || colours.size() != 1;
}

bool Legend::shape_tells() const {
    std::set<int> shapes;
    for (const Entry& e : entries_)
        if (canonical(e.outcome) && e.mark.shape != MarkShape::none) shapes.insert(int(e.mark.shape));
    return !key_read() || shapes.size() > 1;
}

// The status a marker's colour means: the key's entry of the nearest colour where the key
// was read from a drawing, else the hue's meaning.
const char* Legend::colour_meaning(const MarkReading& mark) const {
    if (!colour_tells()) return nullptr;
    if (mark.paint && key_read()) {
        const Entry* nearest = nullptr;
        double best = kKeyColourDistance;
        for (const Entry& e : entries_) {
            if (!e.mark.paint || !canonical(e.outcome)) continue;
            const double d = std::hypot(double(e.mark.paint->r) - mark.paint->r, double(e.mark.paint->g) - mark.paint->g,
                                        double(e.mark.paint->b) - mark.paint->b);
            if (d < best) best = d, nearest = &e;
        }
        if (nearest) return canonical(nearest->outcome);
    }
    return colour_status(mark.colour);
}

const char* Legend::shape_status(MarkShape shape) const {
    if (shape == MarkShape::none || !shape_tells()) return nullptr;
    if (!key_read()) {
        auto s = pack_.classify("legend.default_shape", shape_name(shape));
        return s ? canonical(*s) : nullptr;
    }
    for (const Entry& e : entries_)
        if (e.mark.shape == shape && canonical(e.outcome)) return canonical(e.outcome);
    // A key read in part (a row OCR lost) leaves a status it does not show to the default shape,
    // where the key gives that status no other.
    const auto fallback = pack_.classify("legend.default_shape", shape_name(shape));
    if (!fallback || !canonical(*fallback)) return nullptr;
    for (const Entry& e : entries_)
        if (e.outcome == *fallback && e.mark.shape != MarkShape::none) return nullptr;
    return canonical(*fallback);
}

// The key's "Data missing" marker, when this mark is it: its shape where shapes tell the
// statuses apart, else its greyness.
const Legend::Entry* Legend::missing_entry(const MarkReading& mark) const {
    for (const Entry& e : entries_) {
        if (e.outcome != kDataMissing) continue;
        if (shape_tells() && e.mark.shape != MarkShape::none) {
            if (e.mark.shape == mark.shape) return &e;
        } else if (e.mark.grey && mark.grey) {
            return &e;
        }
    }
    return nullptr;
}

CellStatus Legend::decide(const MarkReading& mark, bool page_in_colour) {
    if (!mark.found()) return {};
    if (page_in_colour && missing_entry(mark)) return {nullptr, std::string("the marker means '") + kDataMissing + "'"};
    const char* by_colour = colour_meaning(mark);
    const char* by_shape = shape_status(mark.shape);
    // Without a key the default shape mapping is a guess for pages without colour: it does not
    // contradict a colour.
    if (by_colour && !key_read()) return {by_colour, ""};
    if (by_colour && by_shape && std::string(by_colour) != by_shape) {
        // Colour wins where the key tells statuses apart by colour (or there is no key).
        const char* wins = colour_tells() ? by_colour : by_shape;
        return {wins, std::string("the marker's colour says ") + by_colour + " but its shape (" + shape_name(mark.shape) +
                          ") says " + by_shape};
    }
    if (by_colour) return {by_colour, ""};
    if (by_shape && !key_read() && !page_in_colour) {
        return {by_shape, std::string(kShapeAlone) + " (" + shape_name(mark.shape) + ")"};
    }
    if (by_shape && (!page_in_colour || !mark.grey || !colour_tells())) return {by_shape, ""};
    if (mark.colour == CellColour::ambiguous) return {nullptr, "the cell's colour is ambiguous"};
    if (mark.grey && page_in_colour) return {nullptr, std::string("a grey marker: '") + kDataMissing + "'"};
    std::string shape = shape_name(mark.shape);
    return {nullptr, "the marker (" + (shape.empty() ? std::string("unrecognised shape") : shape) +
                         (page_in_colour ? "" : ", no colour") + ") tells no status"};
}

}  // namespace occx

namespace occx {

namespace {

// The shape a warning says a status was guessed from ("period status: read from ... (circle)"),
// or "" for another warning.
std::string guessed_shape(const std::string& label, const std::string& warning) {
    const std::string prefix = label + ": " + kShapeAlone;
    return warning.rfind(prefix, 0) == 0 ? warning.substr(prefix.size()) : "";
}

}  // namespace

// The shapes are counted over the records kept, not every marker decided: a speck read as a star
// in a reading the document did not keep, or outside any record, is no second shape.
void Legend::settle(std::vector<Record>& records) const {
    std::set<std::string> shapes;
    for (const Record& r : records)
        for (const char* label : {"period status", "ytd status"})
            for (const std::string& w : r.warnings)
                if (auto shape = guessed_shape(label, w); !shape.empty()) shapes.insert(shape);
    if (shapes.size() >= 2) return;
    for (Record& r : records)
        for (auto [label, triple] : {std::pair{"period status", &r.period}, std::pair{"ytd status", &r.ytd}})
            for (std::string& w : r.warnings)
                if (!guessed_shape(label, w).empty()) {
                    triple->status.reset();
                    w = std::string(label) + ": the marker tells no status: all the document's colourless markers have one shape";
                }
}

}  // namespace occx
