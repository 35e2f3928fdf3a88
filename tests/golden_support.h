#pragma once
// The display-list dump of an issue set with a stylesheet, for golden tests and for the
// `folio_golden` program that regenerates their expected files.

#include <optional>
#include <string>

namespace folio::test {

// The golden cases: the shipped samples under each shipped stylesheet.
struct GoldenCase {
  const char* format;    // "native", "jats" or "crossref"
  const char* issue;     // relative to the source tree: a file, or JATS articles' directory
  const char* meta;      // --issue-meta, relative to the source tree; empty: none
  const char* style;     // relative to the source tree
  const char* expected;  // relative to tests/golden/
};
extern const GoldenCase kGoldenCases[6];

// The display list of one case, the paths relative to `root`; empty, with the diagnostics in
// `errors`, when the issue cannot be set.
std::optional<std::string> dump_issue(const std::string& root, const GoldenCase& c,
                                      std::string* errors);

}  // namespace folio::test
