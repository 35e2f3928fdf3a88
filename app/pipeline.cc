#include "app/pipeline.h"

#include "app/stylesheet_choice.h"
#include "app/typeset.h"
#include "base/stage_times.h"
#include "preflight/preflight.h"

namespace folio {

Pipeline run_pipeline(const PipelineOptions& options, Diagnostics& diags) {
  Pipeline out;
  std::optional<CheckedIssue> checked;
  std::optional<Style> style;
  {
    ScopedStage stage(Stage::read);
    checked = read_checked_issue(options.input, diags, options.draft);
    if (!checked || diags.has_errors()) {
      out.status = kExitErrors;
      return out;
    }
    style = choose_stylesheet(options.style_path, checked->issue, diags);
  }
  if (!style) {
    out.status = kExitErrors;
    return out;
  }
  out.fonts = std::make_unique<FontLibrary>();
  TypesetResult typeset_result = typeset(checked->issue, *style, *out.fonts, diags);
  if (!typeset_result.moving.empty()) {
    out.status = kExitUnsettled;
    return out;
  }
  if (!typeset_result.document) {
    out.status = kExitErrors;
    return out;
  }
  Diagnostics found;
  preflight(*typeset_result.document, found);
  diags.add_all(found, options.draft);
  if (diags.has_errors()) {
    out.status = kExitErrors;
    return out;
  }
  out.document = std::move(typeset_result.document);
  return out;
}

}  // namespace folio
