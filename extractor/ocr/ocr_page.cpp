#include "ocr/ocr_page.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include <leptonica/allheaders.h>

#include "ocr/deskew.h"
#include "ocr/header_band.h"
#include "ocr/orientation.h"
#include "ocr/solid_blocks.h"
#include "util/error.h"
#include "util/text.h"

namespace occx {

namespace {

// Skew is judged on a reduced copy: text lines are clear at 150 dpi, four times less work than 300.
constexpr double kAnalysisDpi = 150;

// A word whose box is this flat against the page's median word is a ruling OCR read as
// letters ("ae ee am" along a cell's border): letters and digits are never that flat.
constexpr double kFlatWordShare = 0.3;

std::string degrees_note(const char* what, double degrees) {
    char buf[80];
    std::snprintf(buf, sizeof buf, "%s %.2f°", what, degrees);
    return buf;
}

// Removes skew found on a reduced copy of grey (a page at dpi); returns the skew removed
// (0 when too small to matter).
double remove_skew(PixPtr& grey_page, double dpi) {
    const double f = kAnalysisDpi / dpi;
    const double skew = estimate_skew_degrees(f < 1 ? scale_pix(grey_page.get(), f).get() : grey_page.get());
    if (std::fabs(skew) < kMinSkewCorrectionDegrees) return 0;
    grey_page = rotate_pix(grey_page.get(), -skew);
    return skew;
}

// Tesseract's own threshold is global: on a scan, labels on tinted header cells were lost
// or garbled, and shaded paper made specks. Evening the background first found every row of
// the scanned samples and put their field accuracy from 95-98% to 98-99%, for about 0.2 s a
// page at 300 dpi (some 8% of its OCR time).
// Light print on dark cells is turned over first (ocr/solid_blocks.h), on a copy: the page
// itself stays as printed.
std::vector<Word> read_page_words(TesseractEngine& engine, Pix* straight_page, double dpi) {
    PixPtr page = checked(pixCopy(nullptr, straight_page), "copy page");
    invert_solid_blocks(page.get(), dpi);
    return engine.read_words(even_background(page.get()).get(), dpi);
}

// Reads the grey page straightened; when its words read badly, looks for a quarter turn that
// reads better and, if one does, reads the turned page instead. Returns the page as read.
PixPtr read_straightened(TesseractEngine& engine, Pix* grey_page, double dpi, OcrPage& out) {
    PixPtr straight = rotate_pix_quarter_turns(grey_page, 0);
    out.skew_degrees = remove_skew(straight, dpi);
    out.page.words = read_page_words(engine, straight.get(), dpi);
    if (reads_upright(out.page.words)) return straight;
    const int turns = detect_quarter_turns(engine, to_rgb(straight.get()), dpi);
    if (turns == 0) return straight;
    out.quarter_turns = turns;
    straight = rotate_pix_quarter_turns(grey_page, turns);
    out.skew_degrees = remove_skew(straight, dpi);
    out.page.words = read_page_words(engine, straight.get(), dpi);
    return straight;
}

// A pixel this far from grey (its largest channel less its smallest) is coloured ink: more than
// a cream or yellowed paper's tint, or the colour noise of a grey scan's JPEG.
constexpr int kMinInkChroma = 40;
// Coloured samples that make a page a colour page: a marker spans many, a speck few.
constexpr int kMinColouredSamples = 20;

// Whether raw (a page at dpi) holds coloured ink, from a pixel every tenth of a millimetre or so.
bool has_colour_ink(const RgbImage& raw, double dpi) {
    const int step = std::max(1, int(dpi / 100));
    int coloured = 0;
    for (int y = 0; y < raw.height; y += step)
        for (int x = 0; x < raw.width; x += step) {
            const unsigned char* p = raw.at(x, y);
            const int hi = std::max({p[0], p[1], p[2]}), lo = std::min({p[0], p[1], p[2]});
            if (hi - lo >= kMinInkChroma && ++coloured >= kMinColouredSamples) return true;
        }
    return false;
}

// The resolution a page's sampling raster is kept at: a page with no colour tells its statuses
// by their markers' shapes alone, which need more pixels than a colour does.
double raster_dpi_for(const RgbImage& raw, const OcrOptions& options) {
    if (options.raster_dpi <= 0) return 0;
    const double dpi = has_colour_ink(raw, options.dpi) ? options.raster_dpi
                                                         : std::max(options.raster_dpi, options.shape_raster_dpi);
    return std::min(dpi, options.dpi);
}

// The page in colour for sampling, reduced to dpi (to bound memory, and because turning a small
// raster is cheap); nullptr when none is kept.
PixPtr reduced_colour(const RgbImage& raw, double dpi, const OcrOptions& options) {
    if (dpi <= 0) return nullptr;
    if (dpi >= options.dpi) return to_pix(raw);
    return to_pix(reduce_raster(raw, dpi / options.dpi));
}

// Keeps the reduced colour page, turned and straightened as the words were.
void keep_raster(OcrPage& out, PixPtr colour, double dpi) {
    out.raster_dpi = dpi;
    if (out.quarter_turns) colour = rotate_pix_quarter_turns(colour.get(), out.quarter_turns);
    if (out.skew_degrees != 0) colour = rotate_pix(colour.get(), -out.skew_degrees);
    out.raster = to_rgb(colour.get());
}

// No printed page is this much ink. The busiest scanned report pages, dark cells and all, are
// under a tenth; a page over a third is noise or a photograph, where Tesseract spends its
// longest and largest (minutes, and 175 MB, on one noise page) finding no words.
constexpr double kMaxPrintInkShare = 0.35;
// Ink is this many grey levels darker than the paper: print and dark fills, not a tint.
constexpr int kInkContrast = 80;
// A page with less than this share this many levels darker than its paper (faint print
// included) is blank: its only marks are a scan's noise, where OCR finds specks, not words.
constexpr double kMinMarkShare = 0.0001;
constexpr int kMarkContrast = 40;
// The paper's grey level is the one this share of the page is darker than: most of any
// printed page is its paper, whatever its tint.
constexpr double kPaperShare = 0.9;
// Every this many pixels across and down is sampled: the shares need no more.
constexpr int kInkSampling = 4;

// How much of a grey page is how dark, relative to its paper.
class GreyLevels {
public:
    explicit GreyLevels(Pix* grey_page) : counts_(256, 0.0) {
        NUMA* histogram = pixGetGrayHistogram(grey_page, kInkSampling);
        if (!histogram) return;
        const int levels = std::min(numaGetCount(histogram), 256);
        for (int i = 0; i < levels; ++i) numaGetFValue(histogram, i, &counts_[size_t(i)]);
        numaDestroy(&histogram);
        for (float c : counts_) total_ += c;
        double below = 0;
        for (int i = 0; i < 256; ++i)
            if ((below += counts_[size_t(i)]) >= kPaperShare * total_) {
                paper_ = i;
                break;
            }
    }
    // The share of the page at least contrast levels darker than its paper.
    double share_darker(int contrast) const {
        double n = 0;
        for (int i = 0; i < paper_ - contrast; ++i) n += counts_[size_t(i)];
        return total_ > 0 ? n / total_ : 0;
    }

private:
    std::vector<float> counts_;
    double total_ = 0;
    int paper_ = 255;
};

// A page OCR can find no print on is refused before Tesseract reads it.
void refuse_if_no_print(Pix* grey_page) {
    const GreyLevels levels(grey_page);
    const double ink = levels.share_darker(kInkContrast);
    if (ink > kMaxPrintInkShare)
        fail("", std::to_string(std::lround(100 * ink)) + "% of it is ink, and no printed page has over " +
                     std::to_string(std::lround(100 * kMaxPrintInkShare)) + "% (noise or a photograph)");
    if (levels.share_darker(kMarkContrast) < kMinMarkShare) fail("", "it is blank: nothing on it is darker than its paper");
}

}  // namespace

void drop_noise_words(std::vector<Word>& words, const PatternPack& pack) {
    if (!pack.has("ocr.noise_word")) return;
    std::erase_if(words, [&](const Word& w) { return pack.full_matches_any("ocr.noise_word", w.text); });
}

void drop_flat_words(std::vector<Word>& words) {
    if (words.empty()) return;
    const double flattest = kFlatWordShare * median_word_height(words);
    std::erase_if(words, [&](const Word& w) { return w.box.height() < flattest && has_letter_or_digit(w.text); });
}

OcrPage ocr_rendered_page(TesseractEngine& engine, RgbImage raw, int number, const OcrOptions& options) {
    OcrPage out;
    Page& page = out.page;
    page.number = number;
    page.method = PageMethod::ocr;
    const double raster_dpi = raster_dpi_for(raw, options);
    PixPtr colour = reduced_colour(raw, raster_dpi, options);
    PixPtr grey_page = grey(raw);
    raw = RgbImage{};  // only the grey page and the reduced colour one are needed from here
    refuse_if_no_print(grey_page.get());
    if (options.straighten) grey_page = read_straightened(engine, grey_page.get(), options.dpi, out);
    else page.words = read_page_words(engine, grey_page.get(), options.dpi);
    drop_flat_words(page.words);
    if (options.patterns) drop_noise_words(page.words, *options.patterns);
    if (options.patterns && options.block_engine) {
        auto more = read_header_band_again(*options.block_engine, grey_page.get(), options.dpi, page.words, *options.patterns);
        page.words.insert(page.words.end(), more.begin(), more.end());
    }
    page.width = pixGetWidth(grey_page.get()) * 72.0 / options.dpi;
    page.height = pixGetHeight(grey_page.get()) * 72.0 / options.dpi;
    if (out.quarter_turns) page.notes.push_back("OCR: page turned " + std::to_string(90 * out.quarter_turns) + "° clockwise");
    if (out.skew_degrees != 0) page.notes.push_back(degrees_note("OCR: skew corrected by", out.skew_degrees));
    if (colour) {
        keep_raster(out, std::move(colour), raster_dpi);
        out.ink = ink_bitmap(grey_page.get(), kMarkInkGrey);
        out.ink_dpi = options.dpi;
    }
    return out;
}

}  // namespace occx
