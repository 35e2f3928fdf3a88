#pragma once
// A set line: glyph runs positioned relative to the line's origin (the left edge of the text
// block, on the baseline), with the vertical extent the page builder needs.

#include "base/diagnostics.h"
#include "base/length.h"
#include "layout/pages/page.h"

#include <vector>

namespace folio {

struct Line {
  std::vector<GlyphRun> runs;  // x, y relative to the line origin
  Pt width;                    // extent of the set text from the origin
  Pt ascent;                   // tallest face ascender on the line, above the baseline
  Pt descent;                  // deepest face descender, below the baseline (positive)
  Pt leading;                  // baseline-to-baseline distance from the line before
  bool hyphenated = false;     // ends with a hyphen the line breaker added
  Pt hang_left;                // how far margin kerning moved the line's ends out of the measure
  Pt hang_right;
  SourcePos source;  // where the line's first word comes from
  // Warnings about this line (overfull, underfull, a last-resort break), given out with the page
  // it lands on when it is placed.
  std::vector<Diagnostic> notes;
};

// A paragraph's lines and the rules the page builder must respect when placing them.
struct SetParagraph {
  std::vector<Line> lines;
  Pt space_before;
  Pt space_after;
  bool keep_with_next = false;
  bool keep_together = false;
  int widows = 2;
  int orphans = 2;
  SourcePos pos;
  std::string bookmark;  // outline entry at the paragraph's first line; empty: none
  int bookmark_level = 0;
};

}  // namespace folio
