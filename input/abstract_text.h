#pragma once
// Structured abstracts as the readers of JATS, Crossref and OJS find them: sections with titles
// (<sec><title>Objective</title><p>...</p></sec>), or paragraphs that open with a bold run-in
// heading ("<b>Background:</b> ..."). Either way the section's title becomes the heading of its
// first paragraph, without the colon some sources write after it: the stylesheet prints its own
// punctuation.

#include "input/issue.h"

namespace folio {

// Drops a trailing colon and the spaces around it: "Background:" gives "Background".
void trim_heading_colon(RichText& heading);

// A paragraph whose text opens with a bold run ending in a colon, followed by more text, gets
// that run (without the bold and the colon) as its heading; any other keeps its text whole.
AbstractParagraph with_run_in_heading(RichText text);

}  // namespace folio
