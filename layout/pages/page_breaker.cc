#include "layout/pages/page_breaker.h"

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

Pt column_extent(const std::vector<VerticalEntry>& entries, std::size_t begin, std::size_t end) {
  if (begin >= end) return Pt(0);
  Pt h = entries[begin].top;
  for (std::size_t k = begin + 1; k < end; ++k) h += entries[k].follow;
  return h + entries[end - 1].descent;
}

PageBreaks break_pages(const std::vector<VerticalEntry>& entries, Pt first_height, Pt height) {
  return break_columns(entries, first_height, 1, height);
}

PageBreaks break_columns(const std::vector<VerticalEntry>& entries, Pt first_height,
                         std::size_t first_slots, Pt height) {
  const std::size_t n = entries.size();
  PageBreaks out;
  if (n == 0) return out;
  constexpr double kInfinity = std::numeric_limits<double>::infinity();
  // State: (k, s) = a column starts at entry k (or the part ends, k == n) and it is column s of
  // the part, counted up to first_slots: beyond it every column is alike.
  const std::size_t states = first_slots + 1;
  auto at = [&](std::size_t k, std::size_t s) { return k * states + s; };
  std::vector<double> best((n + 1) * states, kInfinity);
  std::vector<std::size_t> from((n + 1) * states, 0);
  best[at(0, 0)] = 0;
  for (std::size_t j = 0; j < n; ++j) {
    for (std::size_t s = 0; s < states; ++s) {
      if (best[at(j, s)] == kInfinity) continue;
      const double frame = (s < first_slots ? first_height : height).value();
      const std::size_t next_slot = std::min(s + 1, first_slots);
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
        const std::size_t target = at(k, k < n ? next_slot : 0);
        if (best[at(j, s)] + cost < best[target]) {
          best[target] = best[at(j, s)] + cost;
          from[target] = at(j, s);
        }
        if (k < n && entries[k].forced_before) break;  // a column cannot run past a forced break
      }
    }
  }
  for (std::size_t state = from[at(n, 0)]; state / states > 0; state = from[state]) {
    out.starts.insert(out.starts.begin(), state / states);
  }
  for (std::size_t k : out.starts) {
    if (entries[k].rule_before) out.gave_way.push_back(k);
  }
  return out;
}

}  // namespace folio
