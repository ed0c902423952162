#include "pdf/page_orientation.h"

#include <map>

namespace occx {

namespace {

int dominant_rotation(const Page& page) {
    std::map<int, size_t> chars;
    for (const auto& w : page.words) chars[w.rotation] += w.text.size();
    int best = 0;
    size_t most = 0;
    for (const auto& [rot, n] : chars)
        if (n > most) {
            most = n;
            best = rot;
        }
    return best;
}

// Maps a box on the displayed page to the page turned back by `rotation` degrees.
Box turn_back(const Box& b, int rotation, double w, double h) {
    switch (rotation) {
        case 90: return {b.y0, w - b.x1, b.y1, w - b.x0};
        case 180: return {w - b.x1, h - b.y1, w - b.x0, h - b.y0};
        case 270: return {h - b.y1, b.x0, h - b.y0, b.x1};
        default: return b;
    }
}

}  // namespace

int straighten_page(Page& page) {
    const int rotation = dominant_rotation(page);
    if (rotation == 0) return 0;
    for (auto& word : page.words) {
        word.box = turn_back(word.box, rotation, page.width, page.height);
        word.rotation = (word.rotation - rotation + 360) % 360;
    }
    if (rotation != 180) std::swap(page.width, page.height);
    page.notes.push_back("text runs at " + std::to_string(rotation) + " degrees: page turned to read it");
    return rotation;
}

}  // namespace occx
