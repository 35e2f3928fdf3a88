// The part-wide page breaker on hand-made vertical lists: lines of 12pt leading, 8pt ascent and
// 2pt descent, so a page of N lines needs 8 + 12 (N - 1) + 2 points.

#include "layout/page_breaker.h"

#include <catch2/catch.hpp>

using namespace folio;

namespace {

std::vector<VerticalEntry> lines(std::size_t n) {
  return std::vector<VerticalEntry>(n, VerticalEntry{Pt(8), Pt(12), Pt(2), false, 0, nullptr});
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
