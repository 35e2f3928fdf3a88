#include "app/build_command.h"

#include "app/output_file.h"
#include "pdf/pdf_writer.h"

#include <ostream>

namespace folio {

void report(const Diagnostics& diags, const BuildOptions& options, std::ostream& err) {
  diags.print(err, options.verbose, !options.quiet);
}

int run_build(const BuildOptions& options, std::ostream& err) {
  Diagnostics diags;
  Pipeline pipeline = run_pipeline({options.input, options.style_path, options.draft}, diags);
  if (!pipeline.document) {
    report(diags, options, err);
    return pipeline.status;
  }
  const Document& doc = *pipeline.document;

  const std::string out =
      options.output_path.empty() ? default_output(options.input) : options.output_path;
  std::string error;
  const bool written = write_atomically(
      out, [&](const std::string& path, std::string* e) { return write_pdf(doc, path, e); },
      &error);
  if (!written) diags.error({}, error);
  report(diags, options, err);
  return diags.has_errors() ? kExitErrors : kExitClean;
}

}  // namespace folio
