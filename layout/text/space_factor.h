#pragma once
// TeX's space factor: how much a word space after punctuation stretches and shrinks, and
// whether it is wider, when a paragraph style asks for wide sentence spacing (TeX's
// \nonfrenchspacing). 1000 is an ordinary space; after a sentence's end 3000 (three times the
// stretch, a third of the shrink, and the font's extra space added), after a colon 2000, a
// semicolon 1500, a comma 1250. Closing quotes and brackets are transparent ("end.)" ends a
// sentence), and punctuation after a capital letter is taken for an abbreviation's ("U.S.
// Army", "J. Smith"): an ordinary space, as TeX gives it (sfcode 999 for capitals).

#include <string_view>

namespace folio {

// The space factor of a space that follows `before` (the text up to the space).
int space_factor(std::string_view before);

}  // namespace folio
