#include "layout/page_breaker.h"

#include <limits>

namespace folio {
namespace {

// The cost of a page left empty, scaled by the square of the share left: a page a tenth empty
// costs 100, one half empty 2,500; so two pages 80% full beat one full and one 60% full.
constexpr double kEmptyPageCost = 10000;
// Breaking a rule costs more than any arrangement of page fills, so it happens only when no
// arrangement keeps every rule.
constexpr double kRuleCost = 1e7;
// An entry taller than a page has to be set anyway, alone on its page.
constexpr double kOverfullCost = 1e9;
// Slack for rounding when comparing heights.
constexpr double kEpsilon = 0.01;

}  // namespace

PageBreaks break_pages(const std::vector<VerticalEntry>& entries, Pt first_height, Pt height) {
  const std::size_t n = entries.size();
  PageBreaks out;
  if (n == 0) return out;
  constexpr double kInfinity = std::numeric_limits<double>::infinity();
  // best[k]: the least cost of setting entries [0, k) with a page starting at k (k < n) or the
  // part ending (k == n); from[k]: where that page's predecessor started.
  std::vector<double> best(n + 1, kInfinity);
  std::vector<std::size_t> from(n + 1, 0);
  best[0] = 0;
  for (std::size_t j = 0; j < n; ++j) {
    if (best[j] == kInfinity) continue;
    const double frame = (j == 0 ? first_height : height).value();
    double used = entries[j].top.value();
    for (std::size_t k = j + 1; k <= n; ++k) {
      if (k > j + 1) used += entries[k - 1].follow.value();
      const double extent = used + entries[k - 1].descent.value();
      const bool overfull = extent > frame + kEpsilon;
      if (overfull && k > j + 1) break;  // one entry more never fits better
      double cost = 0;
      if (k < n) {
        const VerticalEntry& next = entries[k];
        const double empty = std::max(0.0, frame - extent) / frame;
        cost = kEmptyPageCost * empty * empty + next.penalty_before;
        if (next.rule_before) cost += kRuleCost;
      }
      if (overfull) cost += kOverfullCost;
      if (best[j] + cost < best[k]) {
        best[k] = best[j] + cost;
        from[k] = j;
      }
      if (k < n && entries[k].forced_before) break;  // the page cannot run past a forced break
    }
  }
  for (std::size_t k = from[n]; k > 0; k = from[k]) out.starts.insert(out.starts.begin(), k);
  for (std::size_t k : out.starts) {
    if (entries[k].rule_before) out.gave_way.push_back(k);
  }
  return out;
}

}  // namespace folio
