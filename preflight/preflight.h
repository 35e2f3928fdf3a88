#pragma once
// The preflight: every page's display list is checked before a byte of the PDF is written, so
// that exit status 0 means the pages can go to press. A page fails when a glyph leaves its frame
// (a column, a set of columns within one, a running line's slot; margin kerning's hang allowed)
// or the trim, when two text runs overprint, when a glyph is the font's missing-glyph box, or
// when a running line the page master asks for printed nothing. Each failure is an error naming
// the page (its folio and its PDF page number), the part and the source line of the text.

#include "base/diagnostics.h"
#include "layout/pages/page.h"

#include <cstddef>

namespace folio {

// Checks page `index` (0-based) of a document.
void preflight_page(const Page& page, std::size_t index, Diagnostics& diags);

// Checks every page.
void preflight(const Document& doc, Diagnostics& diags);

}  // namespace folio
