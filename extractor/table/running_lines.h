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
    // Whether line, near page's top or bottom edge, repeats a line printed at the same height on
    // another page (page numbers aside). The earlier pages whose copy was not yet known as
    // furniture are appended to first_seen, so that their words can be taken back.
    bool repeats(const Line& line, const Page& page, std::vector<int>& first_seen);
    // Whether line lies where running lines are looked for: the top or bottom band of page.
    static bool near_edge(const Line& line, const Page& page);

private:
    struct Seen {
        int page;
        double y;
        bool known;  // already reported as a running line
    };
    std::map<std::string, std::vector<Seen>> seen_;  // by text with digits masked
};

}  // namespace occx
