#include "pdf/poppler_log.h"

#include <poppler-global.h>

#include <mutex>
#include <string>

#include "util/log.h"

namespace occx {

namespace {

void log_poppler(const std::string& message, void*) { log_diagnostic("poppler", message); }

}  // namespace

void route_poppler_messages() {
    // The core API (pdf/core) reports through the same handler: poppler-cpp installs its own
    // error callback in the core library while any of its documents is open, and the core
    // readers live only within a cpp document's lifetime. One install, not one per worker:
    // the handler is a plain global in poppler-cpp, and writing it from several threads races.
    // What no handler can catch: goo/gmem.h prints "Bogus memory allocation size" with fputs;
    // PdfDocument::render keeps Splash from such allocations by its pixel budgets.
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function(log_poppler, nullptr); });
}

}  // namespace occx
