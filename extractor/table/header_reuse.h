#pragma once
// Headers OCR read only in part. A scan's header labels sit on tinted cells between rulings,
// and OCR loses or garbles a few on each page, different ones on different pages: a band is
// read against the last header (the model), and what either lacks the other supplies.
#include <optional>

#include "table/header.h"

namespace occx {

// How far the band's labels sit right of the model's (the median over the columns both name),
// or nullopt when the band is another layout: fewer than three shared columns, or fewer than
// three quarters of them at one offset (a label OCR garbled or a converter split may name a
// column elsewhere; another layout's columns do not line up at all).
std::optional<double> layout_offset(const Header& band, const Header& model);

// True when both have the same columns in the same order, named alike (unnamed ones too).
bool same_keys(const Header& a, const Header& b);

// True when one of the band's labels reaches over two or more of the model's: OCR ran
// neighbouring labels together, so the band's own columns are not to be trusted there.
bool runs_labels_together(const Header& band, const Header& model);

// True when the band names every column the model names.
bool names_all_of(const Header& band, const Header& model);

// The model's columns moved right by dx, with the columns the band names and the model does
// not (each replacing the unnamed model columns under its label), over the band's lines;
// marked reused. Extents are to be set anew.
Header merge_with_model(const Header& band, const Header& model, double dx);

// The reading of a repeated header that its other readings bear out: every column some
// readings of the layout print, placed where they print it, and each key given to the place
// most readings give it (OCR garbles and loses different labels on different pages). A label
// that reaches over two places (two labels run together) votes for neither. The base reading,
// which most others share a layout with, gives the band and the offset the others are moved by.
// Empty when there are no readings.
std::optional<Header> consensus_header(const std::vector<Header>& readings);

}  // namespace occx
