#pragma once
// Geometry a stylesheet asks for that no page could hold: a column or a line with no width, a
// text block lower than one line, a bleed larger than the page. Each is an error at the place in
// the stylesheet that causes it, so an impossible design stops before anything is set.

#include "base/diagnostics.h"
#include "stylesheets/style.h"

namespace folio {

void check_geometry(const Style& style, Diagnostics& diags);

}  // namespace folio
