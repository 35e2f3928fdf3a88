#include "layout/lines/line_adjustment.h"

#include <algorithm>
#include <cmath>

namespace folio {
namespace {

// Knuth's adjustment ratio that takes up `excess` with `stretch` or `shrink`: shrinking stops at
// its limit, stretching does not.
double ratio_for(Pt excess, Pt stretch, Pt shrink, bool stretchable) {
  if (excess > Pt(0) && stretchable && stretch > Pt(0)) return excess / stretch;
  if (excess < Pt(0) && shrink > Pt(0)) return std::max(-1.0, excess / shrink);
  return 0;
}

}  // namespace

LineAdjustment adjust_line(Pt excess, Pt stretch, Pt shrink, Pt text, double expansion,
                           bool stretchable) {
  LineAdjustment a;
  const Pt text_flex = expansion > 0 && text > Pt(0) ? text * expansion : Pt(0);
  a.ratio = ratio_for(excess, stretch + text_flex, shrink + text_flex, stretchable);
  if (text_flex > Pt(0) && a.ratio != 0) {
    // The text's share, whole steps towards no expansion, so the glue is left what it can take
    // in the same direction; beyond a ratio of 1 the glue alone stretches further, as TeX's does.
    const double steps = std::clamp(a.ratio, -1.0, 1.0) * expansion / kExpansionStep;
    double k = std::trunc(steps);
    // Shrinking, the glue may lack the sliver the truncation left it: a step more, if allowed.
    const Pt rest = excess - text * (k * kExpansionStep);
    if (k < 0 && rest < -shrink && (k - 1) * kExpansionStep >= -expansion) k -= 1;
    a.scale = 1 + k * kExpansionStep;
  }
  // The glue takes up what the text's scale leaves.
  a.glue_ratio = ratio_for(excess - text * (a.scale - 1), stretch, shrink, stretchable);
  return a;
}

}  // namespace folio
