#pragma once
// Running heads and folios: a page master's header and footer lines, set in the page's margins
// with "{folio}" filled with the page's label. Each gets a frame (its slot across the text
// block's width at its offset from the trim), also when it prints nothing, so the preflight
// sees a running line the master asks for and the page left empty.

#include "base/diagnostics.h"
#include "compose/blocks.h"
#include "layout/pages/page.h"
#include "layout/pages/page_geometry.h"
#include "layout/text/layout_context.h"

namespace folio {

// `page.label` is the folio filled in.
void add_running_lines(Page& page, std::size_t number, const PartMaster& master,
                       const PageGeometry& geometry, LayoutContext& context, Diagnostics& diags);

}  // namespace folio
