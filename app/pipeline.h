#pragma once
// What `build` and `check` share: read the issue and check its pages, choose the stylesheet,
// compose and lay out until the contents' folios settle, then preflight every page. `check`
// stops there; `build` goes on to write the PDF. So a check fails exactly where a build would.

#include "app/issue_input.h"
#include "base/diagnostics.h"
#include "fonts/font_library.h"
#include "layout/pages/page.h"

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

struct Pipeline {
  std::unique_ptr<FontLibrary> fonts;  // the faces the document's glyph runs point to
  std::optional<Document> document;    // the pages to write; empty when something stopped them
  int status = kExitClean;             // the exit status the run has earned so far
};

// Every problem goes to `diags`.
Pipeline run_pipeline(const PipelineOptions& options, Diagnostics& diags);

}  // namespace folio
