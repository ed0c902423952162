#pragma once
// Poppler's messages ("Syntax Error ...", "Kid object is wrong type") go to occx's log, shown
// with -v, never straight to standard error. Poppler keeps one message handler per process, so
// this is the one place that installs it.
namespace occx {

// Installs occx's handler, once; every PdfDocument calls it before opening a document.
void route_poppler_messages();

}  // namespace occx
