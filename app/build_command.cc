#include "app/build_command.h"

#include "app/output_file.h"
#include "base/stage_times.h"
#include "pdf/pdf_writer.h"

#include <cstdio>
#include <ostream>

namespace folio {

void report(const Diagnostics& diags, const BuildOptions& options, std::ostream& err) {
  diags.print(err, options.verbose, !options.quiet);
}

void print_stage_times(std::ostream& err) {
  const auto seconds = stage_seconds();
  double total = 0;
  for (std::size_t i = 0; i < seconds.size(); ++i) {
    char line[64];
    std::snprintf(line, sizeof line, "%-12s %8.3f s\n", stage_name(static_cast<Stage>(i)),
                  seconds[i]);
    err << line;
    total += seconds[i];
  }
  char line[64];
  std::snprintf(line, sizeof line, "%-12s %8.3f s\n", "total", total);
  err << line;
}

int run_build(const BuildOptions& options, std::ostream& err) {
  Diagnostics diags;
  Pipeline pipeline = run_pipeline({options.input, options.input.style_path, options.draft}, diags);
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
  if (options.timings) print_stage_times(err);
  return diags.has_errors() ? kExitErrors : kExitClean;
}

}  // namespace folio
