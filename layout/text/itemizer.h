#pragma once
// The first stage of setting a paragraph: its styled runs become shaped fragments and the
// box/glue/penalty items the line breaker works on.
//
// Runs are split by face (a character the font lacks comes from a fallback family), words are
// shaped whole (so ligatures and kerning are the font's), and each word is cut at its break
// opportunities: UAX #14's (after a dash or a hyphen) and the hyphenation points of its
// language, each a penalty; a hyphenation point's penalty carries the hyphen it adds.

#include "base/diagnostics.h"
#include "compose/blocks.h"
#include "layout/lines/items.h"
#include "layout/text/layout_context.h"
#include "layout/text/shaper.h"

#include <string>
#include <vector>

namespace folio {

// Shaped text in one face, size, colour and baseline shift: part of a word, the space glyph of a
// glue, or an added hyphen.
struct Fragment {
  const Face* face = nullptr;
  Pt size;
  Color color;
  Pt rise;
  std::string text;
  std::vector<ShapedGlyph> glyphs;  // clusters are byte offsets into `text`
  Pt width;
  SourcePos pos;
  char32_t first = 0;  // first and last characters, for margin kerning
  char32_t last = 0;
  std::uint32_t run = 0;  // index of the paragraph's styled run the text comes from
};

struct ItemizedParagraph {
  std::vector<Fragment> fragments;
  std::vector<Item> items;  // ends with a forced break
};

// `reach` says how far to look for places to break (items.h): beyond `normal` only when a
// paragraph cannot be set in its measure otherwise.
ItemizedParagraph itemize(const Paragraph& paragraph, LayoutContext& context, Diagnostics& diags,
                          BreakReach reach = BreakReach::normal);

}  // namespace folio
