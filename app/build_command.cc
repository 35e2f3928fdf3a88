#include "app/build_command.h"

#include <filesystem>
#include <ostream>

#include "app/output_file.h"
#include "app/stylesheet_choice.h"
#include "compose/compose.h"
#include "fonts/font_library.h"
#include "input/issue_reader.h"
#include "layout/layout.h"
#include "pdf/pdf_writer.h"

namespace folio {
namespace {

std::string default_output(const std::string& issue_path) {
  std::filesystem::path p(issue_path);
  p.replace_extension(".pdf");
  return p.string();
}

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
  std::optional<Issue> issue = read_issue_file(options.issue_path, diags);
  if (!issue) return report(diags, options, err);
  std::optional<Style> style = choose_stylesheet(options.style_path, *issue, diags);
  if (!style) return report(diags, options, err);

  std::optional<ComposedIssue> composed = compose(*issue, *style, diags);
  if (!composed) return report(diags, options, err);

  FontLibrary fonts;
  Document doc = lay_out(*composed, fonts, diags);
  if (diags.has_errors()) return report(diags, options, err);

  const std::string out = options.output_path.empty() ? default_output(options.issue_path)
                                                      : options.output_path;
  std::string error;
  const bool written = write_atomically(
      out, [&](const std::string& path, std::string* e) { return write_pdf(doc, path, e); },
      &error);
  if (!written) diags.error({}, error);
  return report(diags, options, err);
}

}  // namespace folio
