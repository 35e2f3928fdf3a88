#pragma once
// Sets a composed paragraph into lines: shaping, items, line breaking, justification.

#include "base/diagnostics.h"
#include "compose/blocks.h"
#include "layout/font_cache.h"
#include "layout/line.h"

namespace folio {

// Sets `paragraph` on lines `measure` wide (the text block or column width; the style's indents
// are taken off it). Problems that do not stop the paragraph (an overfull line) are warnings.
SetParagraph set_paragraph(const Paragraph& paragraph, Pt measure, FontCache& fonts,
                           Diagnostics& diags);

}  // namespace folio
