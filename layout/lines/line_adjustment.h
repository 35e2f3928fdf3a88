#pragma once
// How a line is brought to its measure: its glue stretched or shrunk and, with font expansion
// (pdfTeX's \pdfadjustspacing), its text drawn a little wider or narrower, all of the line's
// glyphs alike. The line breaker judged the line by one adjustment ratio over the glue's and the
// text's stretch together (knuth_plass.h); the setter spends it here: the text takes its share
// up to its limit, in steps of kExpansionStep so the PDF draws exactly what was set, and the glue
// takes the rest, so the line still ends exactly at its measure.

#include "base/length.h"

namespace folio {

// Expansion is a multiple of a thousandth of the glyphs' width: fine enough to be unseen from
// step to step, coarse enough that the PDF's horizontal scale is written exactly.
constexpr double kExpansionStep = 0.001;

struct LineAdjustment {
  double ratio = 0;       // Knuth's adjustment ratio over all the line's stretch or shrink
  double glue_ratio = 0;  // what the glue's own stretch (> 0) or shrink (< 0) is multiplied by
  double scale = 1;       // the text's horizontal scale
};

// A line whose glue stretches `stretch` and shrinks `shrink`, with `text` of its natural width
// not glue that may grow or shrink by the share `expansion`, `excess` short of (> 0) or beyond
// (< 0) its measure. `stretchable`: the line may stretch (a justified line that is not the
// paragraph's last); any line may shrink, at most to its glue's and its text's limits.
LineAdjustment adjust_line(Pt excess, Pt stretch, Pt shrink, Pt text, double expansion,
                           bool stretchable);

}  // namespace folio
