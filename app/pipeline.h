#pragma once
// What `build` and `check` share: read the issue and check its pages, choose the stylesheet,
// compose and lay out until the contents' folios settle, then preflight every page. `check`
// stops there; `build` goes on to write the PDF. So a check fails exactly where a build would.

#include "app/issue_input.h"
#include "base/diagnostics.h"
#include "fonts/font_library.h"
#include "layout/pages/page.h"
#include "stylesheets/style.h"

#include <memory>
#include <optional>
#include <string>

namespace folio {

constexpr int kExitClean = 0;
constexpr int kExitErrors = 1;
constexpr int kExitStrictWarnings = 3;  // check --strict: warnings and no error
constexpr int kExitUnsettled = 4;       // the contents' folios kept moving between layouts

struct PipelineOptions {
  IssueInput input;
  std::string style_path;  // empty: the issue's stylesheet, else the built-in one
  // A proof of an unfinished issue: page-number and preflight errors become warnings, so the
  // pages are laid out (and written) anyway.
  bool draft = false;
};

// The issue read, its pages checked, and the stylesheet it is set in.
struct Prepared {
  CheckedIssue checked;
  Style style;
};

// Empty when the issue or the stylesheet cannot be used (and `*unselected` set, when given,
// if the input holds several issues that --select does not narrow to one); every problem goes
// to `diags`.
std::optional<Prepared> prepare(const PipelineOptions& options, Diagnostics& diags,
                                bool* unselected = nullptr);

struct Pipeline {
  std::optional<Document> document;  // the pages to write; empty when something stopped them
  int status = kExitClean;           // the exit status the run has earned so far
};

// Typesets and preflights a prepared issue with faces from `fonts`, which must outlive the
// document.
Pipeline lay_out_issue(const Prepared& prepared, bool draft, FontLibrary& fonts,
                       Diagnostics& diags);

// prepare() and lay_out_issue() in one, with a FontLibrary of its own in `fonts`.
Pipeline run_pipeline(const PipelineOptions& options, std::unique_ptr<FontLibrary>& fonts,
                      Diagnostics& diags);

}  // namespace folio
