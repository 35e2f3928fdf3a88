#include "layout/lines/knuth_plass.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>

using namespace folio;

namespace {

// Glue between words: 10pt, stretching 10pt and shrinking 5pt.
std::vector<Item> words(const std::vector<double>& widths) {
  std::vector<Item> items;
  for (double w : widths) {
    if (!items.empty()) items.push_back(Item::glue(Pt(10), Pt(10), Pt(5), -1));
    items.push_back(Item::box(Pt(w), -1));
  }
  items.push_back(Item::forced_break());
  return items;
}

LineWidth constant(double w) {
  return [w](int) { return Pt(w); };
}

// An independent scorer: the total demerits of one sequence of breaks, or infinity when a line
// is infeasible at `tolerance`. Written the plain way, summing each line item by item.
double score(const std::vector<Item>& items, const Breaks& breaks, double L, const BreakParams& p,
             double tolerance) {
  double total = 0;
  int prev_fitness = 2;
  bool prev_flagged = false;
  std::size_t start = 0;
  for (std::size_t b : breaks) {
    double w = 0, st = 0, sh = 0;
    std::size_t i = start;
    while (i < b && items[i].kind != ItemKind::box) ++i;  // discarded after a break
    for (; i < b; ++i) {
      if (items[i].kind == ItemKind::penalty) continue;
      w += items[i].width.value();
      st += items[i].stretch.value();
      sh += items[i].shrink.value();
    }
    const Item& brk = items[b];
    if (brk.kind == ItemKind::penalty) w += brk.width.value();
    const bool forced = brk.kind == ItemKind::penalty && brk.penalty <= kForceBreak;
    double r = 0;
    if (w < L) r = forced ? 0 : (st > 0 ? (L - w) / st : std::numeric_limits<double>::infinity());
    if (w > L) r = sh > 0 ? (L - w) / sh : -std::numeric_limits<double>::infinity();
    if (r < -1) return std::numeric_limits<double>::infinity();
    const double bad = badness(r);
    if (bad > tolerance) return std::numeric_limits<double>::infinity();
    const int fitness = r > 1 ? 0 : r > 0.5 ? 1 : r >= -0.5 ? 2 : 3;
    double d = (p.line_penalty + bad) * (p.line_penalty + bad);
    if (brk.kind == ItemKind::penalty && brk.penalty > 0) d += double(brk.penalty) * brk.penalty;
    if (brk.kind == ItemKind::penalty && brk.penalty < 0 && !forced) {
      d -= double(brk.penalty) * brk.penalty;
    }
    if (brk.flagged && prev_flagged)
      d += p.double_hyphen_demerits;
    else if (forced && prev_flagged)
      d += p.final_hyphen_demerits;
    if (std::abs(fitness - prev_fitness) > 1) d += p.adj_demerits;
    total += d;
    prev_fitness = fitness;
    prev_flagged = brk.flagged;
    start = b + 1;
  }
  return total;
}

// All legal break positions before the final one.
std::vector<std::size_t> candidates(const std::vector<Item>& items) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i + 1 < items.size(); ++i) {
    const Item& it = items[i];
    if ((it.kind == ItemKind::glue && i > 0 && items[i - 1].kind == ItemKind::box) ||
        (it.kind == ItemKind::penalty && it.penalty < kNeverBreak)) {
      out.push_back(i);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("total fit moves a word back to avoid the loose line first fit leaves", "[breaker]") {
  // Measure 100. First fit packs four words on line 1 (tight, r = -0.67) and leaves
  // "25 30" alone on line 2 (r = 3.5, badness 4287). Total fit sets 3 + 3 + 1 words:
  // r = 1.0 (badness 100), r = 0.25, and the last line.
  auto items = words({20, 20, 20, 20, 25, 30, 40});
  CHECK(break_first_fit(items, constant(100)) == Breaks{7, 11, 13});
  BreakParams params;
  BreakResult r = break_optimal(items, constant(100), params);
  CHECK(r.breaks == Breaks{5, 11, 13});
  CHECK(r.pass == 1);  // badness 100 is within the pretolerance: no hyphenation needed
  CHECK_FALSE(r.overfull);
  // (10 + 100)^2 + (10 + 1.5625)^2 + 10^2, with no fitness jumps.
  CHECK(score(items, r.breaks, 100, params, 200) == Approx(12100 + 133.69140625 + 100));
}

TEST_CASE("total fit finds the least demerits of every feasible breaking", "[breaker]") {
  std::mt19937 rng(1981);  // fixed: the same lists on every run
  std::uniform_int_distribution<int> width(8, 50);
  std::uniform_int_distribution<int> coin(0, 5);
  BreakParams params;
  params.pretolerance = -1;  // one pass, so the best sequence is the one to compare with
  params.tolerance = 1000;
  int compared = 0;
  for (int trial = 0; trial < 300; ++trial) {
    std::vector<Item> items;
    const int n = 6 + trial % 7;
    for (int k = 0; k < n; ++k) {
      if (k > 0) items.push_back(Item::glue(Pt(10), Pt(10), Pt(4), -1));
      items.push_back(Item::box(Pt(width(rng)), -1));
      if (coin(rng) == 0) {  // a hyphenation point inside a word
        items.push_back(Item::penalty_item(Pt(3), 50, true, -1));
        items.push_back(Item::box(Pt(width(rng) / 2), -1));
      }
    }
    items.push_back(Item::forced_break());
    const double L = 90 + trial % 5 * 10;

    // Brute force over every subset of break candidates.
    auto cand = candidates(items);
    REQUIRE(cand.size() < 20);
    double best = std::numeric_limits<double>::infinity();
    for (unsigned mask = 0; mask < (1u << cand.size()); ++mask) {
      Breaks b;
      for (std::size_t k = 0; k < cand.size(); ++k) {
        if (mask & (1u << k)) b.push_back(cand[k]);
      }
      b.push_back(items.size() - 1);
      best = std::min(best, score(items, b, L, params, params.tolerance));
    }
    if (!std::isfinite(best)) continue;  // no feasible breaking: the overfull path, tested below
    BreakResult r = break_optimal(items, constant(L), params);
    INFO("trial " << trial);
    CHECK_FALSE(r.overfull);
    CHECK(score(items, r.breaks, L, params, params.tolerance) == Approx(best));
    ++compared;
  }
  CHECK(compared > 100);
}

TEST_CASE("pass 1 ignores hyphenation points, pass 2 uses them when it must", "[breaker]") {
  // "aaaa-bbbb" could break at its hyphen; with room for the whole word it stays whole.
  std::vector<Item> items = {Item::box(Pt(40), -1), Item::glue(Pt(10), Pt(10), Pt(5), -1),
                             Item::box(Pt(20), -1), Item::penalty_item(Pt(5), 50, true, -1),
                             Item::box(Pt(25), -1), Item::glue(Pt(10), Pt(10), Pt(5), -1),
                             Item::box(Pt(30), -1), Item::forced_break()};
  BreakParams params;
  BreakResult wide = break_optimal(items, constant(100), params);
  CHECK(wide.pass == 1);
  CHECK(wide.breaks == Breaks{5, 7});  // 40 + 10 + 45 = 95: r = 0.5
  // At 70pt, "40 aaaa-" (75 - shrink 5 = 70) is the only way to avoid a hopeless line.
  BreakResult narrow = break_optimal(items, constant(70), params);
  CHECK(narrow.pass == 2);
  CHECK(narrow.breaks == Breaks{3, 7});
}

TEST_CASE("the emergency pass adds stretch, the last pass takes any line that is not too wide",
          "[breaker]") {
  // Two words that fit only very loosely (r = 4): infeasible at tolerance 200.
  auto items = words({30, 30, 60});
  BreakParams params;
  params.emergency_stretch = Pt(30);
  BreakResult rescued = break_optimal(items, constant(110), params);
  CHECK(rescued.pass == 3);
  CHECK_FALSE(rescued.overfull);
  CHECK(rescued.breaks == Breaks{3, 5});
  // Without emergency stretch, the last pass sets the loose line rather than an overfull one.
  params.emergency_stretch = Pt(0);
  BreakResult loose = break_optimal(items, constant(110), params);
  CHECK(loose.pass == 4);
  CHECK_FALSE(loose.overfull);
  CHECK(loose.breaks == Breaks{3, 5});
}

TEST_CASE("only a box wider than the line makes the last pass overfull", "[breaker]") {
  auto items = words({30, 130, 30});
  BreakResult r = break_optimal(items, constant(110), BreakParams{});
  CHECK(r.pass == 4);
  CHECK(r.overfull);  // no feasible break at all: TeX sets the overfull line
  CHECK(r.breaks == Breaks{1, 3, 5});
}

TEST_CASE("looseness sets a paragraph a line longer or shorter, as near as it can", "[kp]") {
  // 28 words of 40pt with 10pt glue (stretch 10, shrink 10) on a 310pt measure: the best breaks
  // give five lines (6, 6, 6, 6, 4 words); four lines of seven shrink every space by half; six
  // lines of five stretch them 1.75 times (badness 536); seven would need badness 6400.
  std::vector<Item> items;
  for (int i = 0; i < 28; ++i) {
    if (i) items.push_back(Item::glue(Pt(10), Pt(10), Pt(10), -1));
    items.push_back(Item::box(Pt(40), -1));
  }
  items.push_back(Item::forced_break());
  BreakParams p;
  p.pretolerance = -1;
  p.tolerance = 1000;
  auto lines = [&](int looseness) {
    p.looseness = looseness;
    return break_optimal(items, constant(310), p).breaks.size();
  };
  CHECK(lines(0) == 5);
  CHECK(lines(-1) == 4);
  CHECK(lines(1) == 6);
  CHECK(lines(3) == 6);   // seven lines are beyond the tolerance: the nearest it allows
  CHECK(lines(-3) == 4);  // three lines cannot shrink that far
  // Within a tolerance of 200 six lines are out of reach, so +1 gives the best: five.
  p.tolerance = 200;
  CHECK(lines(1) == 5);
}
