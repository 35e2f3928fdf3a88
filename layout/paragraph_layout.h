#pragma once
// Sets a composed paragraph into lines: itemize (shape, find breaks and hyphens), break with the
// total-fit breaker, then set each line: justify or align, hang punctuation into the margins,
// place a contents entry's page number and its leader.

#include "base/diagnostics.h"
#include "compose/blocks.h"
#include "layout/layout_context.h"
#include "layout/line.h"

namespace folio {

// Sets `paragraph` on lines `measure` wide (the text block or column width; the style's indents
// are taken off it). Problems that do not stop the paragraph (an overfull or underfull line)
// are warnings at the source position of the line's first word.
SetParagraph set_paragraph(const Paragraph& paragraph, Pt measure, LayoutContext& context,
                           Diagnostics& diags);

}  // namespace folio
