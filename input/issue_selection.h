#pragma once
// Choosing one issue out of a file that holds several: a Crossref harvest of many journals, an
// OJS export of a volume. `--select "issn=0043-1397,volume=35,number=12"` names it by any of the
// journal, ISSN, volume, number and year; without it, or when it names more than one or none,
// the issues found are listed so that the user can say which.

#include "base/diagnostics.h"
#include "input/issue.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace folio {

// An issue as a reader of a many-issue file found it, with what it found wrong in its records:
// those are reported only when the issue is the one chosen.
struct FoundIssue {
  Issue issue;
  std::vector<Diagnostic> problems;
};

struct IssueSelector {
  std::string journal;  // the journal's title or abbreviation, in any case
  std::string issn;     // with or without the hyphen; the print or the electronic one
  std::string volume;
  std::string number;
  std::string year;

  bool empty() const;
  bool matches(const Issue& issue) const;
};

// "issn=0043-1397,volume=35": comma-separated key=value pairs, each key once. Empty when the
// text is malformed; `error` says why.
std::optional<IssueSelector> parse_selector(std::string_view text, std::string* error);

// "0043-1397" for "00431397" or "0043-1397"; other text as it is.
std::string normalized_issn(std::string_view issn);

// One line per issue: journal, ISSN, volume, number, year and its number of articles.
std::string issue_listing(const std::vector<const Issue*>& issues);

// The one issue of `issues` that `selector` picks, its problems reported to `diags`; an empty
// selector picks the only issue of a file that holds one. Otherwise an error at `file` lists
// the issues, and `*unselected` is set.
std::optional<Issue> select_issue(std::vector<FoundIssue> issues, const IssueSelector& selector,
                                  const std::string& file, Diagnostics& diags, bool* unselected);

}  // namespace folio
