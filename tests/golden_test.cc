// Golden tests: the display list of the samples, rounded to 0.01pt, against files a person
// checked. A failure shows the first line that differs; if the change is intended, look at the
// pages (pdftoppm) and run `cmake --build build --target update-golden`.

#include "tests/golden_support.h"
#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <sstream>

TEST_CASE("the samples' pages match their golden display lists", "[golden]") {
  const std::string root = FOLIO_SOURCE_DIR;
  for (const auto& c : folio::test::kGoldenCases) {
    INFO(c.issue << " with " << c.style);
    std::string errors;
    auto dump = folio::test::dump_issue(root, c, &errors);
    INFO(errors);
    REQUIRE(dump);
    const std::string expected = folio::test::read_file(root + "/tests/golden/" + c.expected);
    REQUIRE_FALSE(expected.empty());
    std::istringstream got(*dump), want(expected);
    std::string g, w;
    int line = 0;
    while (true) {
      const bool more_got = static_cast<bool>(std::getline(got, g));
      const bool more_want = static_cast<bool>(std::getline(want, w));
      ++line;
      if (!more_got && !more_want) break;
      INFO("tests/golden/" << c.expected << " line " << line);
      REQUIRE(g == w);
    }
  }
}
