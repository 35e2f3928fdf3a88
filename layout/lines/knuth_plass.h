#pragma once
// Total-fit line breaking (Knuth and Plass, "Breaking Paragraphs into Lines", 1981), as TeX
// does it (The TeXbook ch. 14; tex.web §813–890): every feasible sequence of breaks is weighed
// at once and the one with the least total demerits wins, so a loose line is avoided by moving a
// word on an earlier line, not merely tolerated where first fit would leave it.
//
// Control flow: up to four passes over the items. Pass 1 uses `pretolerance` and breaks at glue
// and at explicit hyphens and dashes, not at the hyphenation points the patterns found
// (Item::pattern; tex.web §863); pass 2 uses `tolerance` with hyphenation; pass 3, only
// when `emergency_stretch` is set, adds that much stretch to every line (for unjustified text: a
// wider rag). Pass 4 accepts any line that is not too wide, however loose (TeX's \sloppy), since
// a loose line can go to press and an overfull one cannot; it may not fail: when even that leaves
// no feasible break, it sets an overfull line and goes on, as TeX does.
// Each pass walks the break candidates once, keeping an active list of nodes (line ends that
// may start a further line); the width of a candidate line is a subtraction of running totals,
// the width available to it the line's width by number plus the hangs of its edge characters.

#include "layout/lines/items.h"
#include "layout/lines/margin_hangs.h"

#include <vector>

namespace folio {

// Every parameter has TeX's plain-format default.
struct BreakParams {
  double pretolerance = 100;              // badness limit of pass 1 (no hyphenation); < 0 skips it
  double tolerance = 200;                 // badness limit of pass 2
  int line_penalty = 10;                  // added to every line's badness: fewer lines are better
  double adj_demerits = 10000;            // adjacent lines two fitness classes apart
  double double_hyphen_demerits = 10000;  // two hyphenated lines in a row
  double final_hyphen_demerits = 5000;    // the paragraph's last full line ends with a hyphen
  Pt emergency_stretch;                   // pass 3's extra stretch per line; 0: no pass 3
  int max_hyphen_lines = 0;  // most consecutive lines ending at a flagged break; 0: no limit
  // Stretch every line has besides its glue: the rag of ragged-right, centred or ragged-left
  // setting (TeX's \rightskip and \leftskip), so unjustified lines are judged by how far they
  // fall short of the measure and the rag comes out even.
  Pt background_stretch;
  // Font expansion (pdfTeX's \pdfadjustspacing): the share of its width a line's text (all but
  // its stretchable spaces) may be drawn wider or narrower, as stretch and shrink besides the
  // glue's. 0: none.
  double expansion = 0;
  // Lines from this one on all have the same width, so ways of reaching a break that differ only
  // in how many lines they took need not be kept apart (TeX's easy_line): a long paragraph keeps
  // a few active breaks instead of one per line count. -1: any line may have its own width.
  int uniform_from = -1;
  // TeX's \looseness: set the paragraph in this many lines more (or, negative, fewer) than its
  // optimum, or as close to that as the tolerance allows.
  int looseness = 0;
  // The final line (and a line ended by a forced break) has unlimited stretch, as with TeX's
  // \parfillskip = 0pt plus 1fil.
};

struct BreakResult {
  Breaks breaks;
  int pass = 0;           // 1 to 4: the pass that found them
  double demerits = 0;    // their total (an artificial, overfull line adds none)
  bool overfull = false;  // some line could not be brought within the measure
};

// With `hangs`, each line is judged at its width plus what its first and last characters hang
// into the margins (margin kerning).
BreakResult break_optimal(const std::vector<Item>& items, const LineWidth& width,
                          const BreakParams& params, const MarginHangs& hangs = MarginHangs());

// Badness of a line set with adjustment ratio `ratio` (TeX's formula: 100 r^3, at most 10000).
double badness(double ratio);

}  // namespace folio
