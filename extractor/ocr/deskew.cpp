#include "ocr/deskew.h"

#include <leptonica/allheaders.h>

#include <cmath>

#include "ocr/pix_image.h"

namespace occx {

namespace {

constexpr double kPi = 3.14159265358979323846;

}  // namespace

double estimate_skew_degrees(Pix* pix) {
    PixPtr bin = binarised(pix);
    l_float32 angle = 0, conf = 0;
    // Sweep at 1/4 size in 1° steps, then refine by binary search at 1/2 size down to 0.01°.
    if (pixFindSkewSweepAndSearch(bin.get(), &angle, &conf, 4, 2, kMaxSkewDegrees, 1.0f, 0.01f) != 0)
        return 0;
    // Leptonica returns the correction, the opposite of the page's rotation.
    return conf > 0 ? -angle : 0;
}

PixPtr rotate_pix(Pix* pix, double degrees) {
    return checked(pixRotate(pix, float(degrees * kPi / 180.0), L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0), "rotate");
}

PixPtr rotate_pix_quarter_turns(Pix* pix, int quarters) {
    quarters = ((quarters % 4) + 4) % 4;
    return checked(quarters == 0 ? pixCopy(nullptr, pix) : pixRotateOrth(pix, quarters), "rotate");
}

PixPtr scale_pix(Pix* pix, double factor) {
    return checked(factor < 1 ? pixScaleAreaMap(pix, float(factor), float(factor))
                              : pixScale(pix, float(factor), float(factor)),
                   "scale");
}

double estimate_skew_degrees(const RgbImage& img) { return estimate_skew_degrees(to_pix(img).get()); }

RgbImage rotate_image(const RgbImage& img, double degrees) { return to_rgb(rotate_pix(to_pix(img).get(), degrees).get()); }

RgbImage rotate_quarter_turns(const RgbImage& img, int quarters) {
    if (((quarters % 4) + 4) % 4 == 0) return img;
    return to_rgb(rotate_pix_quarter_turns(to_pix(img).get(), quarters).get());
}

RgbImage scale_image(const RgbImage& img, double factor) { return to_rgb(scale_pix(to_pix(img).get(), factor).get()); }

}  // namespace occx
