#pragma once
// Where an issue comes from on the command line (folio's issue XML, JATS article files, or a
// Crossref deposit, with an optional issue-meta file), and reading it with its page check: the
// first step of build, check and pages alike.

#include "base/diagnostics.h"
#include "input/issue.h"
#include "input/page_check.h"

#include <optional>
#include <string>
#include <vector>

namespace folio {

struct IssueInput {
  enum class Format { native, jats, crossref };
  Format format = Format::native;
  std::vector<std::string> paths;  // one file, except JATS: files or directories
  std::string meta_path;           // --issue-meta; JATS and Crossref only
  PageCheckOptions pages;
};

struct CheckedIssue {
  Issue issue;        // with page ranges computed from page counts
  PageReport report;  // also reported to the diagnostics
};

// Reads the issue and checks its pages; every problem goes to `diags`. Empty when the issue
// could not be read; a page error leaves an issue (for the proof table) and an error in `diags`,
// or a warning with `page_errors_as_warnings` (a draft).
std::optional<CheckedIssue> read_checked_issue(const IssueInput& input, Diagnostics& diags,
                                               bool page_errors_as_warnings = false);

// The PDF's default name: the issue file, deposit or JATS directory with .pdf.
std::string default_output(const IssueInput& input);

}  // namespace folio
