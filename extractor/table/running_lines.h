#pragma once
// Running headers and footers: furniture that no pattern names ("Oxfordshire County Council -
// Performance Report - October 2022   2"), found because pages repeat it.
#include <map>
#include <string>
#include <vector>

#include "model/document.h"
#include "table/line.h"

namespace occx {

class RunningLines {
public:
    // An earlier page's copy of a running line: where it was printed there.
    struct Copy {
        int page;
        Box box;
    };
    // Whether line, near page's top or bottom edge, repeats a line of another page (page numbers
    // aside) printed at the same height, or as the outermost line as far from the same edge. The earlier copies not yet known as furniture are
    // appended to first_seen, so that their words can be taken back.
    bool repeats(const Line& line, const Page& page, std::vector<Copy>& first_seen);
    // Whether line lies where running lines are looked for: the top or bottom band of page.
    static bool near_edge(const Line& line, const Page& page);

private:
    struct Seen {
        int page;
        Box box;
        double offset;  // from the edge it is near
        bool top;       // near the top edge, else the bottom
        bool outermost;  // nothing printed between it and that edge
        bool known;     // already reported as a running line
    };
    std::map<std::string, std::vector<Seen>> seen_;  // by text with digits masked
};

}  // namespace occx
