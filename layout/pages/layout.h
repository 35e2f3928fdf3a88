#pragma once
// The layout stage for one part: its blocks are set into lines one paragraph at a time, the lines
// become the part's vertical list, and the page builder hands each page on to `sink` as soon as
// its breaks are settled, so a part of any length holds only the lines of its unsettled pages.
// Layout reads only composed values (compose/blocks.h): no option by name, nothing of the Issue.

#include "base/diagnostics.h"
#include "compose/blocks.h"
#include "layout/pages/page_builder.h"
#include "layout/text/layout_context.h"

namespace folio {

// Lays `part` out on pages from document index `first_index` (0-based) on. With `ahead`, the
// part's paragraphs are set ahead of the pages, in that context on a thread of their own and in
// `context` while the caller would wait (layout/pages/paragraphs_ahead.h); the pages and the
// diagnostics are the same. `ahead` is configured as `context` is, shares its shape cache, and
// is kept from part to part, as `context` is.
PartPages lay_out_part(const ComposedPart& part, std::size_t first_index, LayoutContext& context,
                       Diagnostics& diags, PageSink& sink, LayoutContext* ahead = nullptr);

}  // namespace folio
