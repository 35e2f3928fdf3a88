#pragma once
// The first stage of setting a paragraph: its styled runs become shaped fragments and the
// box/glue/penalty items the line breaker works on.
//
// Runs are split by face (a character the font lacks comes from a fallback family), words are
// shaped whole (so ligatures and kerning are the font's), and each word is cut at its break
// opportunities: UAX #14's (after a dash or a hyphen) and the hyphenation points of its
// language, each a penalty; a hyphenation point's penalty carries the hyphen it adds. Where
// HarfBuzz says a cut would change the glyphs around it (inside a ligature, across a kerned
// pair, a hyphen that kerns with the letter before), the break is a discretionary
// (discretionary.h, items.h): each side reshaped for the broken line, the whole word's glyphs
// kept for the unbroken one.

#include "base/diagnostics.h"
#include "compose/blocks.h"
#include "layout/lines/items.h"
#include "layout/text/layout_context.h"
#include "layout/text/shaper.h"

#include <span>
#include <string>
#include <vector>

namespace folio {

// Shaped text in one face: part of a word, the space glyph of a glue, or an added hyphen. Its
// size, colour, letter spacing and baseline shift are those of the styled run it comes from. Its
// text is a range of the paragraph's buffer (minikin's MeasuredText); its glyphs are a range of
// a word the shape cache holds, which outlives the paragraph, so that itemizing copies no glyphs
// (a paragraph of 200,000 words would hold a million copies, 24 MB).
struct Fragment {
  const Face* face = nullptr;
  // As shaped: the advances without the run's letter spacing, the clusters offsets into the
  // cached word's text; less `cluster_base`, they are offsets into this fragment's.
  const ShapedGlyph* glyphs = nullptr;
  std::uint32_t glyph_count = 0;
  std::uint32_t cluster_base = 0;
  std::uint32_t run = 0;  // index of the paragraph's styled run the text comes from
  std::uint32_t text_begin = 0, text_end = 0;  // in ItemizedParagraph::text
  Pt width;                                    // letter spacing included
  char32_t first = 0;                          // first and last characters, for margin kerning
  char32_t last = 0;

  std::span<const ShapedGlyph> shaped() const { return {glyphs, glyph_count}; }
};

// A discretionary break: the line that starts after the break at item `penalty` starts with
// `post_break` (the reshaped text after the point; -1 when the whole word's glyphs serve) in place
// of the discretionary's box; the penalty's own content is the pre-break text.
struct DiscretionaryBreak {
  std::uint32_t penalty = 0;
  int post_break = -1;
  bool hyphen = false;  // the pre-break text ends with a hyphen the line breaker adds
};

struct ItemizedParagraph {
  const Paragraph* source =
      nullptr;       // the paragraph itemized: its runs give each fragment's format
  std::string text;  // every fragment's text; an added hyphen's too
  std::vector<Fragment> fragments;
  std::vector<Item> items;                          // ends with a forced break
  std::vector<DiscretionaryBreak> discretionaries;  // by penalty, ascending; only these breaks

  std::string_view text_of(const Fragment& f) const {
    return std::string_view(text).substr(f.text_begin, f.text_end - f.text_begin);
  }
  // What each glyph of `f` advances beyond its shaped advance: its run's letter spacing.
  Pt letter_spacing(const Fragment& f) const;
  // The discretionary whose penalty is item `item`, or null.
  const DiscretionaryBreak* discretionary_at(std::size_t item) const;
};

// `reach` says how far to look for places to break (items.h): beyond `normal` only when a
// paragraph cannot be set in its measure otherwise. `recycled` lends its buffers' memory, so a
// run of paragraphs allocates once (its contents are dropped).
ItemizedParagraph itemize(const Paragraph& paragraph, LayoutContext& context, Diagnostics& diags,
                          BreakReach reach = BreakReach::normal, ItemizedParagraph recycled = {});

}  // namespace folio
