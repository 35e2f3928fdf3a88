#pragma once
// Optical margin alignment (character protrusion, as microtype does it): small and light
// characters at a line's edge make the edge look indented, so they hang into the margin by a
// share of their width. Amounts follow microtype's default set for text fonts.

namespace folio {

// The share of a character's advance that may hang past the line's left or right edge.
double protrusion_left(char32_t c);
double protrusion_right(char32_t c);

}  // namespace folio
