#pragma once
// Where a page master puts its text: the text block on rectos and on versos (facing pages swap
// the inside and outside margins) and its columns, worked out once per master so that every
// stage that places text agrees on it.

#include "base/length.h"
#include "stylesheets/style.h"

#include <cstddef>

namespace folio {

// The width of one of `columns` columns across `measure`, `gap` apart.
Pt column_width(Pt measure, int columns, Pt gap);

struct PageGeometry {
  Pt width, height, bleed;  // the trimmed page, and how far printing may reach beyond it
  Pt text_width;            // the text block: the measure of single-column text
  Pt text_height;
  Pt text_top;  // PDF y of the text block's upper edge
  Pt text_bottom;
  Pt recto_left;  // the text block's left edge on odd-numbered pages ...
  Pt verso_left;  // ... and on even-numbered ones
  std::size_t columns = 1;
  Pt column_width;
  Pt column_gap;

  // The text block's left edge on page `number` (1-based).
  Pt left(std::size_t number) const { return number % 2 == 1 ? recto_left : verso_left; }
  // The left edge of column `column` (0-based) on page `number`.
  Pt column_left(std::size_t number, std::size_t column) const {
    return left(number) + (column_width + column_gap) * static_cast<double>(column);
  }
};

PageGeometry geometry_of(const PageMaster& master);

}  // namespace folio
