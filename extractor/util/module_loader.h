#pragma once
// Tesseract and libpq are loaded only when a run needs them (a page to OCR, a PostgreSQL
// archive): linked in, they would cost every occx process about 25 ms of start-up, more than
// reading a whole report. Each lives in a module (occx-tesseract.so, occx-postgres.so) beside
// the binary, found in $OCCX_MODULES, then the build tree, then the install tree.
#include <string>

namespace occx {

// The address of symbol in module file (e.g. "occx-tesseract.so"), loading the module once.
// Throws occx::Error naming what was wanted (purpose: "OCR"), where occx looked, and why it
// could not load (a missing library names the package to install).
void* module_symbol(const std::string& file, const char* symbol, const std::string& purpose);

// The directories searched for modules, in order.
std::string module_search_path();

}  // namespace occx
