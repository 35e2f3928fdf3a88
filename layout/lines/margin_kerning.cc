#include "layout/lines/margin_kerning.h"

#include "layout/text/itemizer.h"

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

MarginHangs margin_hangs(const ItemizedParagraph& paragraph, HangingEdges edges) {
  MarginHangs hangs;
  const std::vector<Item>& items = paragraph.items;
  const auto fragment = [&](const Item& it) -> const Fragment* {
    if (it.content < 0) return nullptr;
    const Fragment& f = paragraph.fragments[it.content];
    return f.glyph_begin < f.glyph_end ? &f : nullptr;
  };
  const Item* last_box = nullptr;  // the last box since the last forced break
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& it = items[i];
    if (it.kind == ItemKind::box) {
      // Only a box after glue or a penalty can start a line.
      const bool starts_line = i == 0 || items[i - 1].kind != ItemKind::box;
      const Fragment* f = fragment(it);
      if (edges.left && starts_line && f) {
        const Pt hang = paragraph.glyphs[f->glyph_begin].advance * protrusion_left(f->first);
        if (hang > Pt(0)) hangs.add_left(i, hang);
      }
      last_box = &it;
      continue;
    }
    const bool forced = it.kind == ItemKind::penalty && it.penalty <= kForceBreak;
    const bool breakable = it.kind == ItemKind::glue ? i > 0 && items[i - 1].kind == ItemKind::box
                                                     : it.penalty < kNeverBreak;
    if (breakable && (forced ? edges.right_at_forced : edges.right)) {
      const Fragment* f = it.kind == ItemKind::penalty && it.content >= 0 ? fragment(it)
                          : last_box                                      ? fragment(*last_box)
                                                                          : nullptr;
      if (f) {
        const Pt hang = paragraph.glyphs[f->glyph_end - 1].advance * protrusion_right(f->last);
        if (hang > Pt(0)) hangs.add_right(i, hang);
      }
    }
    if (forced) last_box = nullptr;
  }
  return hangs;
}

}  // namespace folio
