#pragma once
// What `build` and `check` share: read the issue and check its pages, choose the stylesheet,
// compose and lay out until the contents' folios settle, preflighting every page as it is
// finished. `check` stops there; `build` hands each page on to the PDF writer as it passes, so
// a check fails exactly where a build would, and no build holds more than a few pages.

#include "app/issue_input.h"
#include "app/typeset.h"
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
  IssueInput input;  // with the stylesheet asked for (input.style_path)
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

// Where pages go once they have passed the preflight: the PDF writer, a document in memory.
class PageOutput {
 public:
  virtual ~PageOutput() = default;
  virtual void document(const DocumentInfo& info) = 0;  // before the first page
  virtual void page(Page&& page, std::size_t index) = 0;  // the output keeps it, or lets it go
  virtual void bookmark(const OutlineEntry& entry) = 0;
  // Everything handed on so far is void: the issue is laid out again from its first page.
  virtual void restart() = 0;
};

// The pages in memory, for tests, golden files and tools that want them whole.
class DocumentOutput : public PageOutput {
 public:
  void document(const DocumentInfo& info) override { doc.info = info; }
  void page(Page&& page, std::size_t index) override;
  void bookmark(const OutlineEntry& entry) override;
  void restart() override { doc = {}; }
  Document doc;
};

// Typesets and preflights a prepared issue with faces from `fonts`, which must outlive what
// `output` keeps, handing each page that passes to `output` (none: a check), on `threads`.
// Returns the exit status the run has earned.
int lay_out_issue(const Prepared& prepared, bool draft, FontLibrary& fonts, Diagnostics& diags,
                  PageOutput* output, LayoutThreads threads = LayoutThreads::one);

}  // namespace folio
