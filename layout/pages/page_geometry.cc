#include "layout/pages/page_geometry.h"

#include <algorithm>

namespace folio {

Pt column_width(Pt measure, int columns, Pt gap) {
  columns = std::max(1, columns);
  return (measure - gap * (columns - 1)) / columns;
}

PageGeometry geometry_of(const PageMaster& m) {
  PageGeometry g;
  g.width = m.width;
  g.height = m.height;
  g.bleed = m.bleed;
  g.text_width = m.width - m.margin_inside - m.margin_outside;
  g.text_height = m.height - m.margin_top - m.margin_bottom;
  g.text_top = m.height - m.margin_top;
  g.text_bottom = m.margin_bottom;
  g.recto_left = m.margin_inside;
  g.verso_left = m.margin_outside;
  g.columns = static_cast<std::size_t>(std::max(1, m.columns));
  g.column_gap = m.column_gap;
  g.column_width = column_width(g.text_width, m.columns, m.column_gap);
  return g;
}

}  // namespace folio
