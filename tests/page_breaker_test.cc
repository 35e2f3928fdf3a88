// The part-wide page breaker on hand-made vertical lists: lines of 12pt leading, 8pt ascent and
// 2pt descent, so a page of N lines needs 8 + 12 (N - 1) + 2 points.

#include "layout/pages/page_breaker.h"

#include <catch2/catch.hpp>

#include <optional>
#include <random>

#include <catch2/catch.hpp>

using namespace folio;

namespace {

std::vector<VerticalEntry> lines(std::size_t n) {
  return std::vector<VerticalEntry>(n, VerticalEntry{Pt(8), Pt(12), Pt(2), 0, false, 0, nullptr});
}

Pt holding(int lines) { return Pt(8 + 12 * (lines - 1) + 2); }

}  // namespace

TEST_CASE("pages are filled when nothing stands against it", "[pages]") {
  auto e = lines(25);
  PageBreaks b = break_pages(e, holding(10), holding(10));
  CHECK(b.starts == std::vector<std::size_t>{10, 20});
  CHECK(b.gave_way.empty());
}

TEST_CASE("a rule moves the break back, and the rest of the part follows", "[pages]") {
  // Ten lines fit a page, but a page may not end before entry 10 (its rule): the first page
  // takes nine (a tenth empty, cost 119), the second ten, the last the remaining nine.
  auto e = lines(28);
  e[10].rule_before = "widows";
  PageBreaks b = break_pages(e, holding(10), holding(10));
  CHECK(b.starts == std::vector<std::size_t>{9, 19});
  CHECK(b.gave_way.empty());
}

TEST_CASE("a part's last page is not counted as empty", "[pages]") {
  // Twelve lines: a full page and two lines on the last cost nothing, so no page is shortened
  // to balance the two.
  auto e = lines(12);
  PageBreaks b = break_pages(e, holding(10), holding(10));
  CHECK(b.starts == std::vector<std::size_t>{10});
}

TEST_CASE("a hyphenated page end moves when the page would be only slightly short", "[pages]") {
  auto e = lines(30);
  e[20].penalty_before = 100;  // the 20th line ends with a hyphen
  // 20-line pages: ending the first page a line early costs 10000 (1/20)^2 = 25 < 100.
  PageBreaks b = break_pages(e, holding(20), holding(20));
  REQUIRE_FALSE(b.starts.empty());
  CHECK(b.starts.front() == 19);
}

TEST_CASE("a rule gives way only when nothing else fits, and says so", "[pages]") {
  auto e = lines(12);
  for (std::size_t k = 1; k < e.size(); ++k) e[k].rule_before = "keep-together";
  PageBreaks b = break_pages(e, holding(10), holding(10));
  REQUIRE(b.starts.size() == 1);
  CHECK(b.starts.front() == 10);  // as full as possible, since the rule is broken anyway
  CHECK(b.gave_way == std::vector<std::size_t>{10});
}

TEST_CASE("forced breaks are honoured and a page never runs past one", "[pages]") {
  auto e = lines(8);
  e[3].forced_before = true;
  PageBreaks b = break_pages(e, holding(10), holding(10));
  CHECK(b.starts == std::vector<std::size_t>{3});
}

TEST_CASE("the first page may be shorter than the others", "[pages]") {
  auto e = lines(14);
  PageBreaks b = break_pages(e, holding(4), holding(10));
  CHECK(b.starts == std::vector<std::size_t>{4});
}

namespace {

// An independent scorer: the cost of one sequence of column starts, written the plain way, or
// empty when it is not allowed (a column over a forced break, several entries too tall).
struct Score {
  int overfull = 0, rules = 0;
  double badness = 0;
  bool operator<(const Score& o) const {
    if (overfull != o.overfull) return overfull < o.overfull;
    if (rules != o.rules) return rules < o.rules;
    return badness < o.badness - 1e-9;
  }
};

std::optional<Score> score(const std::vector<VerticalEntry>& e,
                           const std::vector<std::size_t>& starts, double first,
                           std::size_t first_columns, double rest) {
  Score s;
  std::vector<std::size_t> cuts = {0};
  cuts.insert(cuts.end(), starts.begin(), starts.end());
  cuts.push_back(e.size());
  for (std::size_t c = 0; c + 1 < cuts.size(); ++c) {
    const std::size_t a = cuts[c], b = cuts[c + 1];
    for (std::size_t k = a + 1; k < b; ++k) {
      if (e[k].forced_before) return std::nullopt;
    }
    const double h = c < first_columns ? first : rest;
    double x = e[a].top.value(), fills = 0;
    for (std::size_t k = a + 1; k < b; ++k) {
      x += e[k].follow.value();
      fills += e[k].fills_before;
    }
    x += e[b - 1].descent.value();
    if (x > h + 0.01) {
      if (b > a + 1) return std::nullopt;
      ++s.overfull;
    }
    s.badness += 1;  // every column
    if (b < e.size()) {
      if (!e[b].forced_before && fills == 0) {
        const double empty = std::max(0.0, h - x) / h;
        s.badness += 10000 * empty * empty;
      }
      s.badness += e[b].penalty_before;
      if (e[b].rule_before) ++s.rules;
    }
  }
  return s;
}

std::vector<VerticalEntry> random_list(std::mt19937& rng, std::size_t n) {
  std::uniform_int_distribution<int> pick(0, 99);
  std::vector<VerticalEntry> e(n);
  for (std::size_t k = 0; k < n; ++k) {
    e[k].top = Pt(6 + pick(rng) % 6);
    e[k].follow = Pt(10 + pick(rng) % 10);
    e[k].descent = Pt(1 + pick(rng) % 3);
    if (k == 0) continue;
    const int r = pick(rng);
    if (r < 8) e[k].forced_before = true;
    if (r >= 8 && r < 30) e[k].rule_before = "orphans";
    if (r >= 30 && r < 38) e[k].penalty_before = 100;
    if (r >= 38 && r < 42) e[k].fills_before = 1;
    if (r >= 42 && r < 44) e[k].top = Pt(90);  // an entry taller than any frame
  }
  return e;
}

}  // namespace

TEST_CASE("the page breaker finds the cheapest breaks, checked by trying them all", "[pages]") {
  std::mt19937 rng(13);
  for (int trial = 0; trial < 300; ++trial) {
    const std::size_t n = 2 + static_cast<std::size_t>(trial % 10);
    const std::vector<VerticalEntry> e = random_list(rng, n);
    const double first = 30 + trial % 17, rest = 45;
    const std::size_t first_columns = 1 + trial % 2;
    std::optional<Score> best;
    for (std::uint32_t mask = 0; mask < (1u << (n - 1)); ++mask) {
      std::vector<std::size_t> starts;
      for (std::size_t k = 1; k < n; ++k) {
        if (mask & (1u << (k - 1))) starts.push_back(k);
      }
      auto s = score(e, starts, first, first_columns, rest);
      if (s && (!best || *s < *best)) best = s;
    }
    REQUIRE(best);
    const PageBreaks b = break_columns(e, Pt(first), first_columns, Pt(rest));
    const auto got = score(e, b.starts, first, first_columns, rest);
    INFO("trial " << trial);
    REQUIRE(got);
    CHECK_FALSE(*best < *got);
    CHECK_FALSE(*got < *best);
  }
}

TEST_CASE("breaks handed out early are the ones the whole part would choose", "[pages]") {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 5; ++trial) {
    std::vector<VerticalEntry> e = random_list(rng, 3000);
    for (VerticalEntry& x : e) {
      if (x.top > Pt(50)) x.top = Pt(8);  // nothing overfull here
    }
    PageBreaker streaming(Pt(200), 2, Pt(300));
    std::vector<std::size_t> starts;
    std::size_t early = 0;
    for (const VerticalEntry& x : e) {
      streaming.add(x);
      for (std::size_t k : streaming.take_fixed()) {
        starts.push_back(k);
        ++early;
      }
    }
    for (std::size_t k : streaming.finish().starts) starts.push_back(k);
    CHECK(starts == break_columns(e, Pt(200), 2, Pt(300)).starts);
    CHECK(early > starts.size() / 2);  // most were settled long before the part's end
  }
}

TEST_CASE("a broken rule is never cheaper than any number of short pages", "[pages]") {
  // 2,000 lines on 10-line pages, every break but one at a rule: the cheap pages must not buy a
  // broken rule however many of them there are.
  auto e = lines(2000);
  for (std::size_t k = 1; k < e.size(); ++k) {
    if (k % 7 != 0) e[k].rule_before = "widows";
  }
  PageBreaks b = break_pages(e, holding(10), holding(10));
  CHECK(b.gave_way.empty());
  for (std::size_t k : b.starts) CHECK(k % 7 == 0);
}
