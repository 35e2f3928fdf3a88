#include "app/build_command.h"

#include "app/input_files.h"
#include "app/output_file.h"
#include "app/print_options.h"
#include "app/stylesheet_choice.h"
#include "app/typeset.h"
#include "fonts/font_library.h"
#include "pdf/pdf_writer.h"

#include <memory>
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
  std::optional<Style> style = choose_stylesheet(options.style_path, *issue, diags);
  if (!style) return report(diags, options, err);

  const std::string target =
      options.output_path.empty() ? default_output(options.input) : options.output_path;
  std::vector<std::string> inputs = input_files(options.input, *style);
  std::string error;
  const std::optional<std::int64_t> date = build_date(inputs, &error);
  if (!date) {
    diags.error({}, error);
    report(diags, options, err);
    return kExitUsage;
  }
  FontLibrary fonts;
  std::optional<PdfOptions> pdf = print_options(options, *style, *date, target, fonts, &error);
  if (!pdf) {
    diags.error({}, error);
    return report(diags, options, err);
  }
  inputs.push_back(pdf->intent.profile_path);
  if (std::string input = input_overwritten_by(target, inputs); !input.empty()) {
    diags.error({}, "refusing to write '" + target + "': it is the input '" + input + "'");
    report(diags, options, err);
    return kExitUsage;
  }
  // Opened before layout, so that an interrupted build of any length leaves nothing behind.
  std::unique_ptr<OutputFile> out = OutputFile::open(target, &error);
  if (!out) {
    diags.error({}, error);
    return report(diags, options, err);
  }

  TypesetResult typeset_result = typeset(*issue, *style, fonts, diags);
  if (!typeset_result.moving.empty()) {
    report(diags, options, err);
    return kExitUnsettled;
  }
  if (!typeset_result.document) return report(diags, options, err);

  std::optional<std::string> bytes = render_pdf(*typeset_result.document, *pdf, &error);
  if (!bytes) {
    diags.error({}, "not writing '" + target + "': " + error);
  } else if (!write_all(out->fd(), *bytes, &error)) {
    diags.error({}, out->failure(error));
  } else if (!out->commit(&error)) {
    diags.error({}, error);
  }
  return report(diags, options, err);
}

}  // namespace folio
