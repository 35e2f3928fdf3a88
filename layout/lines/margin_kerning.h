#pragma once
// Optical margin alignment (character protrusion, as microtype does it): small and light
// characters at a line's edge make the edge look indented, so they hang into the margin by a
// share of their width. Amounts follow microtype's default set for text fonts.

#include "layout/lines/margin_hangs.h"

namespace folio {

struct ItemizedParagraph;

// The share of a character's advance that may hang past the line's left or right edge.
double protrusion_left(char32_t c);
double protrusion_right(char32_t c);

// Which edges of a paragraph's lines hang, as its alignment allows: a ragged edge does not.
struct HangingEdges {
  bool left = false;             // every line's start
  bool right = false;            // the end of a line the breaker chooses to end
  bool right_at_forced = false;  // the end of a line ended by a forced break (the last line too)
};

// The hangs of every place a line of `paragraph` may start or end: a line's first character
// hangs left by its share of its advance, and its last one right (a hyphen the break adds,
// else the last character before the break).
MarginHangs margin_hangs(const ItemizedParagraph& paragraph, HangingEdges edges);

}  // namespace folio
