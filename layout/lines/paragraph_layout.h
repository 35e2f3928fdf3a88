#pragma once
// Sets a composed paragraph into lines: itemize (shape, find breaks and hyphens), break with the
// total-fit breaker, then set each line: justify or align, hang punctuation into the margins,
// place a contents entry's page number and its leader.

#include "base/diagnostics.h"
#include "compose/blocks.h"
#include "layout/lines/line.h"
#include "layout/text/layout_context.h"

namespace folio {

// Sets `paragraph` on lines `measure` wide (the text block or column width; the style's indents
// are taken off it). `right_column` is the width reserved for the paragraph's right column when
// that does not give its own. Warnings about a line (underfull, a last-resort break) are left in
// the line's notes, to be given out with the page it lands on; a line that still overflows its
// measure is left to the preflight.
SetParagraph set_paragraph(const Paragraph& paragraph, Pt measure, LayoutContext& context,
                           Diagnostics& diags, Pt right_column = Pt(0));

// Where set_paragraph hands a paragraph's lines, one at a time as each is set: a paragraph of
// 200,000 words is then never held as set lines while its shaped text is still held too, and
// its first pages can go out before its last lines are set.
class LineSink {
 public:
  virtual ~LineSink() = default;
  // The paragraph's rules and spaces (`rules.lines` is empty) and how many lines follow.
  virtual void begin(SetParagraph&& rules, std::size_t lines) = 0;
  virtual void line(Line&& line) = 0;
};

// The same as above, the lines handed to `sink` as they are set.
void set_paragraph(const Paragraph& paragraph, Pt measure, LayoutContext& context,
                   Diagnostics& diags, Pt right_column, LineSink& sink);

// The width of `runs` set on one line in `style`, at their natural spacing.
Pt natural_width(const std::vector<StyledRun>& runs, const ParagraphStyle& style,
                 LayoutContext& context, Diagnostics& diags);

}  // namespace folio
