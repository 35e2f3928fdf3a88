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
  const auto glyphs = [&](int content) -> const Fragment* {
    if (content < 0) return nullptr;
    const Fragment& f = paragraph.fragments[content];
    return f.glyph_count > 0 ? &f : nullptr;
  };
  const auto forced_at = [&](std::size_t k) {
    return items[k].kind == ItemKind::penalty && items[k].penalty <= kForceBreak;
  };
  // What a line whose first box is item `i` shows first, as ParagraphSetter::set_line sets it:
  // after a discretionary break the post-break text stands in for the discretionary's box; a box
  // that shows nothing (that one when the post-break text is the whole word's, or the empty box
  // before a discretionary a word starts with) gives way to what follows, the discretionary's
  // unbroken glyphs shown by its glue among them.
  const auto first_shown = [&](std::size_t i) -> int {
    if (items[i].content >= 0) return items[i].content;
    if (i >= 2 && items[i - 1].kind == ItemKind::glue) {
      if (const DiscretionaryBreak* d = paragraph.discretionary_at(i - 2);
          d && d->post_break >= 0) {
        return d->post_break;
      }
    }
    for (std::size_t k = i + 1; k < items.size() && !forced_at(k); ++k) {
      if (items[k].kind != ItemKind::penalty && items[k].content >= 0) return items[k].content;
    }
    return -1;
  };
  // What a line that ends at a break which adds nothing shows last: its last box's content, or
  // before a box that shows nothing (a discretionary's), the last thing shown before it (the
  // discretionary's unbroken glyphs). A line that starts at that discretionary's box shows its
  // post-break text instead, which ends with the same character (a break is keyed by item alone).
  std::size_t last_box = items.size();  // since the last forced break; items.size(): none
  const auto last_shown = [&]() -> int {
    if (last_box == items.size()) return -1;
    for (std::size_t k = last_box + 1; k-- > 0 && !forced_at(k);) {
      if (items[k].kind != ItemKind::penalty && items[k].content >= 0) return items[k].content;
    }
    return -1;
  };
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& it = items[i];
    if (it.kind == ItemKind::box) {
      // Only a box after glue or a penalty can start a line.
      const bool starts_line = i == 0 || items[i - 1].kind != ItemKind::box;
      if (edges.left && starts_line) {
        if (const Fragment* f = glyphs(first_shown(i))) {
          const Pt advance = f->shaped().front().advance + paragraph.letter_spacing(*f);
          const Pt hang = advance * protrusion_left(f->first);
          if (hang > Pt(0)) hangs.add_left(i, hang);
        }
      }
      last_box = i;
      continue;
    }
    const bool forced = forced_at(i);
    const bool breakable = it.kind == ItemKind::glue ? i > 0 && items[i - 1].kind == ItemKind::box
                                                     : it.penalty < kNeverBreak;
    if (breakable && (forced ? edges.right_at_forced : edges.right)) {
      // A hyphen the break adds, or a discretionary's pre-break text (the penalty's content),
      // ends the line; else what the line shows last.
      const Fragment* f =
          glyphs(it.kind == ItemKind::penalty && it.content >= 0 ? it.content : last_shown());
      if (f) {
        const Pt advance = f->shaped().back().advance + paragraph.letter_spacing(*f);
        const Pt hang = advance * protrusion_right(f->last);
        if (hang > Pt(0)) hangs.add_right(i, hang);
      }
    }
    if (forced) last_box = items.size();
  }
  return hangs;
}

}  // namespace folio
