#pragma once
// What a report's status markers mean. A report's Key table ("Status Indicator | Status
// Description") is read to map each marker (its shape, its colour) to a status by the
// description's wording (patterns/legend.re2); a document without one gets the pattern pack's
// default shape mapping, and colour means what it always means (green, amber, red).
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "model/document.h"
#include "model/record.h"
#include "patterns/pattern_pack.h"
#include "table/colour.h"
#include "table/marker.h"

namespace occx {

// The outcome "Data missing": a marker that is no status, named in a warning.
inline constexpr const char* kDataMissing = "Data missing";
// The note on a status guessed from the default shape mapping (no colour, no key).
inline constexpr const char* kShapeAlone = "read from the marker's shape alone";

class Legend {
public:
    explicit Legend(const PatternPack& pack) : pack_(pack) {}

    // Reads a Key table from a page, if it has one; read_mark answers what is drawn in a region
    // of the page. True when entries were learnt (a later key adds to them).
    bool learn(const Page& page, const std::function<MarkReading(const Box&)>& read_mark);
    // How the legend was read, for --verbose.
    std::string describe() const;

    // A status cell's marker → its status, or none with a note saying why. page_in_colour is
    // false on a greyscale or bilevel scan, where a marker's greyness says nothing.
    CellStatus decide(const MarkReading& mark, bool page_in_colour);
    // Once the document is read: statuses guessed from the default shape mapping stand only if
    // the document's colourless markers came in two shapes at least. Markers that all have one
    // shape (circles that differ only by a colour the scan lost) tell nothing: null, and a warning.
    void settle(std::vector<Record>& records) const;

private:
    struct Entry {
        MarkReading mark;
        std::string outcome;  // GREEN, AMBER, RED or kDataMissing
    };
    bool key_read() const;
    bool colour_tells() const;
    bool shape_tells() const;
    const char* colour_meaning(const MarkReading& mark) const;
    const char* shape_status(MarkShape shape) const;
    const Entry* missing_entry(const MarkReading& mark) const;

    const PatternPack& pack_;
    std::vector<Entry> entries_;
};

}  // namespace occx
