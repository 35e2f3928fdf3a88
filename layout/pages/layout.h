#pragma once
// The layout stage: composed parts become pages. Paragraphs are set into lines, lines are placed
// into the frames of each part's page master, and every part starts on a new page (a recto one
// when its style asks, with a blank verso before it when needed).

#include "base/diagnostics.h"
#include "compose/blocks.h"
#include "layout/text/layout_context.h"
#include "layout/pages/page.h"

namespace folio {

struct LaidOutIssue {
  Document document;
  PartFolios folios;  // each part's opening folio, by part kind
};

// `context` carries fonts, shaped words and hyphenation dictionaries from one layout to the
// next (the contents' forward references lay an issue out more than once).
LaidOutIssue lay_out(const ComposedIssue& issue, LayoutContext& context, Diagnostics& diags);

}  // namespace folio
