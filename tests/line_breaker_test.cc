#include "layout/lines/items.h"

#include <catch2/catch.hpp>

using namespace folio;

namespace {

// "words" of the given widths separated by glue 5pt (stretch 2, shrink 1), ended as a paragraph.
std::vector<Item> words(std::initializer_list<double> widths) {
  std::vector<Item> items;
  for (double w : widths) {
    if (!items.empty()) items.push_back(Item::glue(Pt(5), Pt(2), Pt(1), -1));
    items.push_back(Item::box(Pt(w), -1));
  }
  items.push_back(Item::forced_break());
  return items;
}

LineWidth constant(double w) {
  return [w](int) { return Pt(w); };
}

}  // namespace

TEST_CASE("first fit fills each line as far as it goes", "[breaker]") {
  // 10+5+10+5+10 = 40 fits a 40pt line exactly; the fourth word starts line 2.
  auto items = words({10, 10, 10, 10, 10});
  Breaks b = break_first_fit(items, constant(40));
  REQUIRE(b.size() == 2);
  CHECK(b[0] == 5);  // the glue after the third box
  CHECK(b[1] == items.size() - 1);
}

TEST_CASE("first fit lets glue shrink to its limit before breaking", "[breaker]") {
  // Natural 42, shrink 2: fits 40 with the two glues at full shrink.
  auto items = words({11, 11, 10, 10});
  Breaks b = break_first_fit(items, constant(40));
  REQUIRE(b.size() == 2);
  CHECK(b[0] == 5);
}

TEST_CASE("a box wider than the line is set alone on it", "[breaker]") {
  auto items = words({10, 60, 10});
  Breaks b = break_first_fit(items, constant(40));
  REQUIRE(b.size() == 3);
  CHECK(b[0] == 1);
  CHECK(b[1] == 3);
}

TEST_CASE("forced breaks end lines, and line widths may vary", "[breaker]") {
  std::vector<Item> items = {Item::box(Pt(10), -1), Item::forced_break(),
                             Item::box(Pt(10), -1), Item::glue(Pt(5), Pt(2), Pt(1), -1),
                             Item::box(Pt(10), -1), Item::forced_break()};
  CHECK(break_first_fit(items, constant(100)) == Breaks{1, 5});
  // A first line of 20pt and later lines of 10pt: each box gets a line of its own.
  auto narrow = words({10, 10, 10});
  Breaks b = break_first_fit(narrow, [](int line) { return Pt(line == 0 ? 20 : 10); });
  CHECK(b.size() == 3);
}
