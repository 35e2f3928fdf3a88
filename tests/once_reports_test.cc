// Once-only reports (layout/text/once_reports.h): each cause is said once, and a paragraph's own
// reports, sifted through the part's record, say what setting it in the part's context says.

#include "layout/text/once_reports.h"

#include <catch2/catch.hpp>

using folio::Diagnostics;
using folio::NotedReport;
using folio::OnceReports;

TEST_CASE("a once-only report is due the first time its cause comes", "[once]") {
  OnceReports reported;
  Diagnostics diags;
  CHECK(reported.due(std::string("tlh"), diags));
  CHECK_FALSE(reported.due(std::string("tlh"), diags));
  CHECK(reported.due(U'\u0F40', diags));
  CHECK(reported.due(folio::FontFailure{"font family 'Nope' not found"}, diags));
  CHECK_FALSE(reported.due(folio::FontFailure{"font family 'Nope' not found"}, diags));
  CHECK(reported.due(folio::FontFailure{"no bold face of 'Termes'"}, diags));
}

TEST_CASE("a paragraph's own reports are sifted through the part's record, in order", "[once]") {
  // The paragraph, set with a record of its own, says everything once and notes what is once-only.
  OnceReports own;
  std::vector<NotedReport> noted;
  own.noting = &noted;
  Diagnostics paragraph;
  paragraph.warning({}, "an underfull line");
  if (own.due(std::string("tlh"), paragraph)) paragraph.warning({}, "no dictionary for tlh");
  if (own.due(U'\u0F40', paragraph)) paragraph.warning({}, "no font has U+0F40");
  if (own.due(std::string("tlh"), paragraph)) paragraph.warning({}, "no dictionary for tlh again");
  paragraph.warning({}, "a loose paragraph");
  REQUIRE(noted.size() == 2);
  CHECK(noted[0].index == 1);
  CHECK(noted[1].index == 2);

  // The part had said one of them already.
  OnceReports part;
  Diagnostics before;
  REQUIRE(part.due(U'\u0F40', before));
  Diagnostics into;
  folio::add_sifted(paragraph, noted, part, into);
  std::vector<std::string> messages;
  for (const folio::Diagnostic& d : into.all()) messages.push_back(d.message);
  CHECK(messages == std::vector<std::string>{"an underfull line", "no dictionary for tlh",
                                             "a loose paragraph"});
  // What was sifted in is said now: the next paragraph's is left out.
  Diagnostics next;
  folio::add_sifted(paragraph, noted, part, next);
  CHECK(next.all().size() == 2);
}
