#include "layout/lines/margin_kerning.h"

namespace folio {

double protrusion_left(char32_t c) {
  switch (c) {
    case U'\u2018':  // ‘
    case U'`':
      return 0.7;
    case U'\u201C':  // “
    case U'"':
    case U'\'':
      return 0.5;
    case U'(':
    case U'[':
      return 0.05;
    case U'-':
    case U'\u2010':
      return 0.5;
    case U'\u2013':  // en dash
      return 0.3;
    case U'\u2014':  // em dash
      return 0.2;
    default:
      return 0;
  }
}

double protrusion_right(char32_t c) {
  switch (c) {
    case U'.':
    case U'-':
    case U'\u2010':  // hyphen
    case U'\u2019':  // ’
    case U'\'':
      return 0.7;
    case U',':
    case U'\u201D':  // ”
    case U'"':
      return 0.5;
    case U':':
    case U';':
      return 0.5;
    case U'\u2013':
      return 0.3;
    case U'\u2014':
      return 0.2;
    case U'!':
    case U'?':
      return 0.1;
    case U')':
    case U']':
      return 0.05;
    default:
      return 0;
  }
}

}  // namespace folio
