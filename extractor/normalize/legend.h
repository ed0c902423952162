#pragma once
// What a report's status markers mean. A report's Key table ("Status Indicator | Status
// Description") is read to map each marker (its shape, its colour) to a status by the
// description's wording (patterns/legend.re2); a document without one gets the pattern pack's
// default shape mapping, and colour means what it always means (green, amber, red).
#include <functional>
#include <string>
#include <vector>

#include "model/document.h"
#include "patterns/pattern_pack.h"
#include "table/colour.h"
#include "table/marker.h"

namespace occx {

// The outcome "Data missing": a marker that is no status, named in a warning.
inline constexpr const char* kDataMissing = "Data missing";

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
    CellStatus decide(const MarkReading& mark, bool page_in_colour) const;

private:
    struct Entry {
        MarkReading mark;
        std::string outcome;  // GREEN, AMBER, RED or kDataMissing
    };
    bool key_read() const;
    bool colour_tells() const;
    bool shape_tells() const;
    const char* shape_status(MarkShape shape) const;
    const Entry* missing_entry(const MarkReading& mark) const;

    const PatternPack& pack_;
    std::vector<Entry> entries_;
};

}  // namespace occx
