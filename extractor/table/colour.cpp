#include "table/colour.h"

#include <algorithm>
#include <cmath>

#include "normalize/fields.h"
#include "util/text.h"

namespace occx {

namespace {

constexpr double kMinSaturation = 0.35;
constexpr double kMinBrightness = 0.30;
// A status marker covers at least this much of the page, however tall its row is.
constexpr double kMinMarkerArea = 6.0;  // square points
constexpr double kDominantShare = 0.75;    // of the coloured pixels

// Hue in degrees [0, 360), or -1 for a pixel too grey or too dark to have one.
double hue_of(const unsigned char* px) {
    double r = px[0] / 255.0, g = px[1] / 255.0, b = px[2] / 255.0;
    double mx = std::max({r, g, b}), mn = std::min({r, g, b});
    double delta = mx - mn;
    if (mx < kMinBrightness || delta / mx < kMinSaturation) return -1;
    double h;
    if (mx == r) h = std::fmod((g - b) / delta, 6.0);
    else if (mx == g) h = (b - r) / delta + 2;
    else h = (r - g) / delta + 4;
    h *= 60;
    return h < 0 ? h + 360 : h;
}

enum Bucket { kRed, kAmber, kGreen, kOther, kBuckets };

// Red runs up to where orange starts (a vermilion red is still red); a red leaning further
// towards orange is told from the document's amber by table/palette.h.
Bucket bucket_of(double hue) {
    if (hue < 20 || hue >= 335) return kRed;
    if (hue < 60) return kAmber;
    if (hue >= 70 && hue < 170) return kGreen;
    return kOther;
}

}  // namespace

const char* colour_status(CellColour c) {
    switch (c) {
        case CellColour::green: return "GREEN";
        case CellColour::amber: return "AMBER";
        case CellColour::red: return "RED";
        default: return nullptr;
    }
}

double paint_hue(const Rgb& c) {
    const unsigned char px[3] = {c.r, c.g, c.b};
    return hue_of(px);
}

CellColour classify_rgb(const Rgb& c) {
    const double h = paint_hue(c);
    if (h < 0) return CellColour::none;
    switch (bucket_of(h)) {
        case kGreen: return CellColour::green;
        case kAmber: return CellColour::amber;
        case kRed: return CellColour::red;
        default: return CellColour::ambiguous;
    }
}

bool raster_has_colour(const RgbImage& image) {
    // Every few pixels is enough: a status marker spans many, a speck of noise few.
    constexpr int kStep = 3;
    constexpr int kMinColoured = 20;
    int coloured = 0;
    for (int y = 0; y < image.height; y += kStep)
        for (int x = 0; x < image.width; x += kStep) {
            const double h = hue_of(image.at(x, y));
            if (h >= 0 && bucket_of(h) != kOther && ++coloured >= kMinColoured) return true;
        }
    return false;
}

CellColour classify_region(const RgbImage& image, int x0, int y0, int x1, int y1, int min_pixels) {
    x0 = std::clamp(x0, 0, image.width);
    x1 = std::clamp(x1, 0, image.width);
    y0 = std::clamp(y0, 0, image.height);
    y1 = std::clamp(y1, 0, image.height);
    if (x1 <= x0 || y1 <= y0) return CellColour::none;
    int counts[kBuckets] = {0, 0, 0, 0};
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) {
            double h = hue_of(image.at(x, y));
            if (h >= 0) ++counts[bucket_of(h)];
        }
    int coloured = counts[kRed] + counts[kAmber] + counts[kGreen];
    if (coloured < std::max(1, min_pixels)) return CellColour::none;
    if (counts[kGreen] >= kDominantShare * coloured) return CellColour::green;
    if (counts[kAmber] >= kDominantShare * coloured) return CellColour::amber;
    if (counts[kRed] >= kDominantShare * coloured) return CellColour::red;
    return CellColour::ambiguous;
}

std::string ColourSampler::read_arrow(const Box&) { return ""; }
std::string ColourSampler::read_glyph(const Box&) { return ""; }

CellStatus ColourSampler::read_status(const Box& region) {
    const CellColour c = classify(region);
    if (c == CellColour::ambiguous) return {nullptr, "the cell's colour is ambiguous"};
    return {colour_status(c), ""};
}

CellColour RasterSampler::classify(const Box& region) {
    if (!image_) return CellColour::none;
    const double s = dpi_ / 72.0;
    // Clamp in floating point first: a region may reach past the page (or to infinity).
    auto px = [](double v, int limit) { return int(std::clamp(v, 0.0, double(limit))); };
    return classify_region(*image_, px(std::floor(region.x0 * s), image_->width),
                           px(std::floor(region.y0 * s), image_->height),
                           px(std::ceil(region.x1 * s), image_->width),
                           px(std::ceil(region.y1 * s), image_->height),
                           int(std::ceil(kMinMarkerArea * s * s)));
}

namespace {

// Cheap tests first: the patterns run on a page's every word otherwise, which costs as much
// as a tenth of reading the page.
bool may_be_status(const std::string& word) {
    // One-letter statuses (G, A, R) would count every article "a" in the comments.
    return word.size() >= 3 && word.size() <= 20 && !has_digit(word);
}

bool may_be_measure_id(const std::string& word) {
    return word.size() >= 6 && word.find_first_of(".,") != std::string::npos && has_digit(word);
}

}  // namespace

bool statuses_look_drawn(const Page& page, const PatternPack& pack) {
    const auto ids = std::count_if(page.words.begin(), page.words.end(), [&](const Word& w) {
        return may_be_measure_id(w.text) && leading_measure_id(w.text, pack);
    });
    long statuses = 0;
    for (const Word& w : page.words) {
        if (statuses >= ids) return false;
        if (may_be_status(w.text) && parse_status(w.text, pack)) ++statuses;
    }
    return statuses < ids;
}

}  // namespace occx
