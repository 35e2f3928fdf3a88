#pragma once
// Where an issue comes from on the command line (folio's issue XML, JATS article files, a
// Crossref deposit or harvest, or an OJS export, with an optional issue-meta file), and reading
// it with its page check: the first step of build, check and pages alike.

#include "base/diagnostics.h"
#include "input/issue.h"
#include "input/page_check.h"

#include <optional>
#include <string>
#include <vector>

namespace folio {

// The issue file name that means standard input (folio's issue XML only).
constexpr const char* kStandardInput = "-";

struct IssueInput {
  enum class Format { native, jats, crossref, ojs };
  Format format = Format::native;
  std::vector<std::string> paths;  // one file, except JATS: files or directories
  std::string meta_path;           // --issue-meta; not with folio's own format
  std::string select;              // --select: which issue of a file that holds several
  // --style; empty: the one the issue names, else the built-in. Its contents part says where
  // articles start, which the page check needs.
  std::string style_path;
  // A stylesheet the issue names may be any path, not only one inside the issue's directory.
  bool allow_any_stylesheet_path = false;
  PageCheckOptions pages;  // --recto wins over the stylesheet
};

struct CheckedIssue {
  Issue issue;        // with page ranges computed from page counts
  PageReport report;  // also reported to the diagnostics
};

// Exit status when the input holds several issues and --select picks none or more than one
// of them: the issues found are listed in the error.
constexpr int kExitSelection = 2;

// Reads the issue and checks its pages; every problem goes to `diags`. Empty when the issue
// could not be read, or could not be chosen (then `*unselected` is set, when given); a page
// error leaves an issue (for the proof table) and an error in `diags`, or a warning with
// `page_errors_as_warnings` (a draft).
std::optional<CheckedIssue> read_checked_issue(const IssueInput& input, Diagnostics& diags,
                                               bool page_errors_as_warnings = false,
                                               bool* unselected = nullptr);

// The PDF's default name: the issue file, deposit or JATS directory with .pdf; standard output
// for an issue read from standard input.
std::string default_output(const IssueInput& input);

}  // namespace folio
