// Tests of the page check (input/page_check.h): a table of page layouts and what each must give.

#include "input/page_check.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

namespace folio {
namespace {

struct Pages {
  std::optional<int> first, last, count;
};

Issue issue_of(const std::vector<Pages>& pages, std::optional<int> issue_first = std::nullopt,
               std::optional<int> issue_last = std::nullopt) {
  Issue issue;
  issue.info.first_page = issue_first;
  issue.info.last_page = issue_last;
  Section s;
  char name = 'A';
  for (const Pages& p : pages) {
    Article a;
    a.title.spans.push_back({std::string(1, name), 0, "", false, {}});
    a.pos = {"issue.xml", 10 + (name - 'A'), 3};
    ++name;
    a.first_page = p.first;
    a.last_page = p.last;
    a.page_count = p.count;
    s.articles.push_back(a);
  }
  issue.sections.push_back(s);
  return issue;
}

std::vector<std::string> problems(Issue& issue, ArticleStart start = ArticleStart::anywhere) {
  PageReport report = check_pages(issue, {start});
  Diagnostics diags;
  report.report_to(diags);
  std::vector<std::string> out;
  for (const Diagnostic& d : diags.all()) out.push_back(d.format());
  return out;
}

}  // namespace

TEST_CASE("page checks: each layout gives its message", "[pages]") {
  struct Case {
    const char* what;
    std::vector<Pages> pages;
    std::optional<int> issue_first, issue_last;
    ArticleStart start;
    std::vector<std::string> expected;
  };
  constexpr ArticleStart kAnywhere = ArticleStart::anywhere, kNewPage = ArticleStart::new_page,
                         kRecto = ArticleStart::recto;
  // clang-format off
  const Case cases[] = {
      {"clean", {{1, 10, {}}, {11, 20, {}}}, 1, 20, kAnywhere, {}},
      {"not increasing", {{11, 20, {}}, {1, 10, {}}}, {}, {}, kAnywhere,
       {"issue.xml:11:3: error: 'B' starts on page 1, not after 'A' before it, which starts on page 11"}},
      {"same first page", {{5, {}, {}}, {5, {}, {}}}, {}, {}, kAnywhere,
       {"issue.xml:11:3: error: 'B' starts on page 5, not after 'A' before it, which starts on page 5"}},
      {"overlap", {{1, 10, {}}, {9, 20, {}}}, {}, {}, kAnywhere,
       {"issue.xml:11:3: error: 'B' starts on page 9, before 'A' before it ends on page 10"}},
      {"gap", {{1, 10, {}}, {13, 20, {}}}, {}, {}, kAnywhere,
       {"issue.xml:11:3: warning: pages 11–12 between 'A' and 'B' are in no article"}},
      {"one-page gap", {{1, 10, {}}, {12, 20, {}}}, {}, {}, kAnywhere,
       {"issue.xml:11:3: warning: page 11 between 'A' and 'B' is in no article"}},
      {"two blank pages before a recto start", {{1, 10, {}}, {13, 20, {}}}, {}, {}, kRecto,
       {"issue.xml:11:3: warning: pages 11–12 between 'A' and 'B' are in no article"}},
      {"one blank verso before a recto start is expected", {{1, 11, {}}, {13, 20, {}}}, {}, {}, kRecto,
       {}},
      {"verso start, recto", {{1, 10, {}}, {12, 20, {}}}, {}, {}, kRecto,
       {"issue.xml:11:3: warning: page 11 between 'A' and 'B' is in no article",
        "issue.xml:11:3: warning: 'B' starts on page 12, a verso (even) page, but articles start on recto pages"}},
      {"verso start without recto rule", {{2, 10, {}}}, {}, {}, kAnywhere, {}},
      {"before the issue's first page", {{1, 10, {}}}, 5, {}, kAnywhere,
       {"issue.xml:10:3: error: 'A' starts on page 1, before the issue's first page 5"}},
      {"after the issue's last page", {{1, 10, {}}}, {}, 8, kAnywhere,
       {"issue.xml:10:3: error: 'A' ends on page 10, after the issue's last page 8"}},
      {"gap after the issue's first page", {{3, 10, {}}}, 1, {}, kAnywhere,
       {"issue.xml:10:3: warning: pages 1–2 before 'A' are in no article"}},
      {"last before first", {{10, 5, {}}}, {}, {}, kAnywhere,
       {"issue.xml:10:3: error: 'A' ends on page 5, before it starts on page 10"}},
      {"no pages", {{{}, {}, {}}}, {}, {}, kAnywhere,
       {"issue.xml:10:3: warning: 'A' has no page numbers"}},
      {"a shared page: the next starts where one ends", {{120, 131, {}}, {131, 138, {}}}, {}, {},
       kAnywhere, {}},
      {"a one-page article shares both its pages' neighbours", {{120, 131, {}}, {131, 131, {}},
       {131, 138, {}}}, {}, {}, kAnywhere, {}},
      {"a shared page where articles start on a new page", {{120, 131, {}}, {131, 138, {}}}, {},
       {}, kNewPage,
       {"issue.xml:11:3: warning: 'B' starts on page 131, where 'A' before it ends, but articles start on a new page"}},
      {"a shared page where articles start on recto pages", {{121, 131, {}}, {131, 138, {}}}, {},
       {}, kRecto,
       {"issue.xml:11:3: warning: 'B' starts on page 131, where 'A' before it ends, but articles start on recto pages"}},
      {"a first page before the previous last page is still an overlap",
       {{120, 131, {}}, {130, 138, {}}}, {}, {}, kAnywhere,
       {"issue.xml:11:3: error: 'B' starts on page 130, before 'A' before it ends on page 131"}},
      {"page count without anything to count from", {{{}, {}, 4}}, {}, {}, kAnywhere,
       {"issue.xml:10:3: error: 'A' gives a page count but no first page, and there is no page to count from: give the issue's first page"}},
  };
  // clang-format on
  for (const Case& c : cases) {
    INFO(c.what);
    Issue issue = issue_of(c.pages, c.issue_first, c.issue_last);
    CHECK(problems(issue, c.start) == c.expected);
  }
}

TEST_CASE("page counts become ranges from the issue's first page", "[pages]") {
  SECTION("one after the other") {
    Issue issue = issue_of({{{}, {}, 10}, {{}, {}, 5}, {{}, {}, 3}}, 101);
    CHECK(problems(issue).empty());
    const auto& a = issue.sections[0].articles;
    CHECK(a[0].first_page == 101);
    CHECK(a[0].last_page == 110);
    CHECK(a[1].first_page == 111);
    CHECK(a[2].first_page == 116);
    CHECK(a[2].last_page == 118);
  }
  SECTION("recto starts skip to the next odd page") {
    Issue issue = issue_of({{{}, {}, 10}, {{}, {}, 5}, {{}, {}, 3}}, 101);
    CHECK(problems(issue, ArticleStart::recto).empty());
    const auto& a = issue.sections[0].articles;
    CHECK(a[1].first_page == 111);
    CHECK(a[2].first_page == 117);
    CHECK(a[2].last_page == 119);
  }
  SECTION("after an article with pages") {
    Issue issue = issue_of({{1, 8, {}}, {{}, {}, 2}});
    CHECK(problems(issue).empty());
    CHECK(issue.sections[0].articles[1].first_page == 9);
    CHECK(issue.sections[0].articles[1].last_page == 10);
  }
}

TEST_CASE("the report counts and places problems by article", "[pages]") {
  Issue issue = issue_of({{1, 10, {}}, {9, 20, {}}, {23, 30, {}}});
  PageReport report = check_pages(issue, {});
  CHECK(report.count(Severity::error) == 1);
  CHECK(report.count(Severity::warning) == 1);
  REQUIRE(report.articles.size() == 3);
  CHECK(report.articles[0].problems.empty());
  CHECK(report.articles[1].problems.size() == 1);
  CHECK(report.articles[2].problems.size() == 1);
}

}  // namespace folio
