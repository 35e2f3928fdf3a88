#include "app/build_command.h"

#include "app/output_file.h"
#include "app/stylesheet_choice.h"
#include "app/typeset.h"
#include "base/activity.h"
#include "fonts/font_library.h"
#include "pdf/pdf_writer.h"

#include <ostream>

namespace folio {
namespace {

// Exit status when the contents' folios kept moving from one layout to the next.
constexpr int kExitUnsettled = 4;

// Prints the diagnostics (warnings only when not quiet) and returns the exit status they mean.
int report(const Diagnostics& diags, const BuildOptions& options, std::ostream& err) {
  for (const Diagnostic& d : diags.all()) {
    if (d.severity == Severity::error || !options.quiet) err << d.format() << '\n';
  }
  return diags.has_errors() ? 1 : 0;
}

}  // namespace

int run_build(const BuildOptions& options, std::ostream& err) {
  Diagnostics diags;
  std::optional<CheckedIssue> checked = read_checked_issue(options.input, diags);
  if (!checked || diags.has_errors()) return report(diags, options, err);
  const Issue* issue = &checked->issue;
  std::optional<Style> style =
      choose_stylesheet(options.style_path, *issue, options.allow_any_stylesheet_path, diags);
  if (!style) return report(diags, options, err);

  FontLibrary fonts;
  TypesetResult typeset_result = typeset(*issue, *style, fonts, diags);
  if (!typeset_result.moving.empty()) {
    report(diags, options, err);
    return kExitUnsettled;
  }
  if (!typeset_result.document) return report(diags, options, err);
  const Document& doc = *typeset_result.document;

  const std::string out =
      options.output_path.empty() ? default_output(options.input) : options.output_path;
  std::string error;
  const Activity writing("writing " + out);
  const bool written = write_atomically(
      out, [&](const std::string& path, std::string* e) { return write_pdf(doc, path, e); },
      &error);
  if (!written) diags.error({}, error);
  return report(diags, options, err);
}

}  // namespace folio
