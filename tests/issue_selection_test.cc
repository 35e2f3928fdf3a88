// Tests of choosing one issue out of several (input/issue_selection.h).

#include "input/issue_selection.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace folio {
namespace {

Issue issue(const std::string& title, const std::string& issn, const std::string& volume,
            const std::string& number, const std::string& year, int articles) {
  Issue i;
  i.journal.title = title;
  i.journal.issn = issn;
  i.info.volume = volume;
  i.info.number = number;
  i.info.year = year;
  i.sections.push_back({"s", {}, std::vector<Article>(static_cast<std::size_t>(articles)), {}});
  return i;
}

std::vector<FoundIssue> harvest() {
  std::vector<FoundIssue> out = {
      {issue("Water Resources Research", "0043-1397", "35", "12", "1999", 34), {}},
      {issue("Water Resources Research", "0043-1397", "35", "11", "1999", 30), {}},
      {issue("Geophysical Journal International", "0956-540X", "144", "1", "2001", 20), {}}};
  // What the reader found in each is reported only for the one chosen.
  for (FoundIssue& found : out)
    found.problems.push_back({Severity::warning, {}, "about " + found.issue.info.number});
  return out;
}

}  // namespace

TEST_CASE("selecting an issue: keys, values and mistakes", "[input][select]") {
  std::string error;
  std::optional<IssueSelector> s = parse_selector("issn=00431397, volume=35,number=12", &error);
  REQUIRE(s);
  CHECK(s->issn == "00431397");
  CHECK(s->volume == "35");
  CHECK(s->number == "12");
  CHECK_FALSE(parse_selector("isn=1", &error));
  CHECK(error == "--select: unknown key 'isn' (journal, issn, volume, number, year)");
  CHECK_FALSE(parse_selector("volume=", &error));
  CHECK(error == "--select: 'volume' needs a value: volume=...");
  CHECK_FALSE(parse_selector("year=1999,year=2000", &error));
  CHECK(error == "--select: 'year' is given twice");
  CHECK_FALSE(parse_selector("", &error));
}

TEST_CASE("selecting an issue: ISSNs with or without the hyphen, journal in any case",
          "[input][select]") {
  const Issue wrr = harvest()[0].issue;
  std::string error;
  CHECK(parse_selector("issn=00431397", &error)->matches(wrr));
  CHECK(parse_selector("issn=0043-1397", &error)->matches(wrr));
  CHECK(parse_selector("journal=water resources research,number=12", &error)->matches(wrr));
  CHECK_FALSE(parse_selector("number=11", &error)->matches(wrr));
  Issue electronic = wrr;
  electronic.journal.eissn = "1944-7973";
  CHECK(parse_selector("issn=19447973", &error)->matches(electronic));
  CHECK(normalized_issn("0956540x") == "0956-540X");
}

TEST_CASE("selecting an issue picks one, or lists none or several", "[input][select]") {
  std::string error;
  SECTION("exactly one") {
    Diagnostics diags;
    bool unselected = false;
    std::optional<Issue> chosen =
        select_issue(harvest(), *parse_selector("issn=0043-1397,number=12", &error), "h.xml", diags,
                     &unselected);
    REQUIRE(chosen);
    CHECK(chosen->info.number == "12");
    CHECK_FALSE(unselected);
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].message == "about 12");
  }
  SECTION("none given for a file of three") {
    Diagnostics diags;
    bool unselected = false;
    CHECK_FALSE(select_issue(harvest(), {}, "h.xml", diags, &unselected));
    CHECK(unselected);
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].format() ==
          "h.xml: error: h.xml holds 3 issues; choose one with --select (any of journal=, "
          "issn=, volume=, number=, year=), for example --select "
          "\"issn=0043-1397,volume=35,number=12\":\n"
          "  Water Resources Research, issn=0043-1397, volume=35, number=12, year=1999: 34 "
          "articles\n"
          "  Water Resources Research, issn=0043-1397, volume=35, number=11, year=1999: 30 "
          "articles\n"
          "  Geophysical Journal International, issn=0956-540X, volume=144, number=1, "
          "year=2001: 20 articles");
  }
  SECTION("several match") {
    Diagnostics diags;
    bool unselected = false;
    CHECK_FALSE(
        select_issue(harvest(), *parse_selector("volume=35", &error), "h.xml", diags, &unselected));
    CHECK(unselected);
    CHECK_THAT(diags.all().at(0).message,
               Catch::StartsWith("--select matches 2 issues in h.xml; add to it to pick one:"));
  }
  SECTION("none match") {
    Diagnostics diags;
    bool unselected = false;
    CHECK_FALSE(
        select_issue(harvest(), *parse_selector("year=2024", &error), "h.xml", diags, &unselected));
    CHECK(unselected);
    CHECK_THAT(diags.all().at(0).message,
               Catch::StartsWith("--select matches none of the 3 issues in h.xml:"));
  }
  SECTION("a file of one issue needs no --select") {
    Diagnostics diags;
    std::vector<FoundIssue> one = {harvest()[2]};
    CHECK(select_issue(one, {}, "h.xml", diags, nullptr));
  }
}

}  // namespace folio
