#pragma once
// The display-list dump of an issue set with a stylesheet, for golden tests and for the
// `folio_golden` program that regenerates their expected files.

#include <optional>
#include <string>

namespace folio::test {

// Empty, with the diagnostics in `errors`, when the issue cannot be set.
std::optional<std::string> dump_issue(const std::string& issue_path, const std::string& style_path,
                                      std::string* errors);

// The golden cases: the shipped samples under each shipped stylesheet.
struct GoldenCase {
  const char* issue;     // relative to the source tree
  const char* style;     // relative to the source tree
  const char* expected;  // relative to tests/golden/
};
extern const GoldenCase kGoldenCases[2];

}  // namespace folio::test
