#pragma once
// A text form of the display list, beside the PDF writer, for a person to review: every page,
// then each line as its text with its baseline, left edge, width and paragraph style
// (`y=123.00 x=72.00 w=360.00 body "Parts of the…"`), its fonts after it, then the rules,
// positions rounded to 0.01pt, in a stable order. Golden tests compare it, so a change in layout
// shows as a diff a proofreader can read; `folio_golden` regenerates the expected files once a
// person has looked at the rendered pages.

#include "layout/pages/page.h"

#include <iosfwd>

namespace folio {

void write_debug(const Document& doc, std::ostream& out);

}  // namespace folio
