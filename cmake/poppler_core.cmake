# Poppler's core OutputDev interface (libpoppler-private-dev) is not a stable API: it changes
# between releases. occx reads drawn statuses through it when the installed headers compile the
# way occx uses them (OCCX_POPPLER_CORE); otherwise it falls back to sampling a render.
include(CheckCXXSourceCompiles)
pkg_check_modules(POPPLER_CORE IMPORTED_TARGET poppler)
set(OCCX_POPPLER_CORE OFF)
if(POPPLER_CORE_FOUND)
  set(CMAKE_REQUIRED_INCLUDES ${POPPLER_CORE_INCLUDE_DIRS})
  set(CMAKE_REQUIRED_LIBRARIES PkgConfig::POPPLER_CORE)
  check_cxx_source_compiles([[
#include <memory>
#include <GfxState.h>
#include <OutputDev.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <TextOutputDev.h>
struct Probe : TextOutputDev {
    Probe() : TextOutputDev(nullptr, false, 0, false, false) {}
    bool needNonText() override { return true; }
    void fill(GfxState* s) override { GfxRGB c; s->getFillRGB(&c); (void)s->getPath()->getSubpath(0)->getCurve(0); }
    void drawSoftMaskedImage(GfxState*, Object*, Stream* str, int w, int, GfxImageColorMap* map, bool, Stream*,
                             int, int, GfxImageColorMap*, bool) override {
        ImageStream is(str, w, map->getNumPixelComps(), map->getBits());
        is.reset();
        (void)is.getLine();
    }
};
// The images-only pass before a render (CorePageReader::largest_image_megapixels).
struct ImageProbe : OutputDev {
    bool upsideDown() override { return true; }
    bool useDrawChar() override { return false; }
    bool interpretType3Chars() override { return false; }
    void drawImage(GfxState* s, Object* ref, Stream* str, int w, int h, GfxImageColorMap* map, bool interpolate,
                   const int* mask, bool inl) override {
        (void)s->getCTM()[0];
        OutputDev::drawImage(s, ref, str, w, h, map, interpolate, mask, inl);
    }
    void drawImageMask(GfxState* s, Object* ref, Stream* str, int w, int h, bool invert, bool interpolate,
                       bool inl) override {
        OutputDev::drawImageMask(s, ref, str, w, h, invert, interpolate, inl);
    }
};
int main() {
    static const char bytes[] = "%PDF-1.4";
    PDFDoc doc(new MemStream(bytes, 0, 8, Object(objNull)));
    Probe probe;
    doc.displayPageSlice(&probe, 1, 72, 72, 0, false, false, false, -1, -1, -1, -1, nullptr, nullptr, nullptr, nullptr, true);
    ImageProbe images;
    doc.displayPageSlice(&images, 1, 72, 72, 0, false, false, false, -1, -1, -1, -1, nullptr, nullptr, nullptr, nullptr, true);
    std::unique_ptr<TextWordList> words = probe.makeWordList();
    double r, g, b;
    words->get(0)->getColor(&r, &g, &b);
    std::unique_ptr<GooString> text(words->get(0)->getText());
    return doc.getPageRotate(1) + int(doc.getPageMediaWidth(1));
}
]] OCCX_POPPLER_CORE_COMPILES)
  unset(CMAKE_REQUIRED_INCLUDES)
  unset(CMAKE_REQUIRED_LIBRARIES)
  if(OCCX_POPPLER_CORE_COMPILES)
    set(OCCX_POPPLER_CORE ON)
  endif()
endif()
message(STATUS "occx: drawn statuses from Poppler's core OutputDev: ${OCCX_POPPLER_CORE}")
