#pragma once
// A text form of the display list, beside the PDF writer: every page, run, glyph and rule with
// positions rounded to 0.01pt, in a stable order. Golden tests compare it, so a change in layout
// shows as a readable diff; `folio_golden` regenerates the expected files once a person has
// looked at the rendered pages.

#include "layout/pages/page.h"

#include <iosfwd>

namespace folio {

void write_debug(const Document& doc, std::ostream& out);

}  // namespace folio
