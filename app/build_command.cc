#include "app/build_command.h"

#include "app/input_files.h"
#include "app/output_file.h"
#include "app/pdf_output.h"
#include "app/print_options.h"
#include "base/stage_times.h"
#include "base/activity.h"
#include "pdf/pdf_writer.h"

#include <cstdio>
#include <memory>
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

int run_build(const BuildOptions& options, std::ostream& err, BuildRecord* record) {
  Diagnostics diags;
  Ledger ledger;
  auto stop = [&](int status) {
    report(diags, options, err);
    if (record) {
      record->diags = diags;
      record->ledger = std::move(ledger);
    }
    return status;
  };
  bool unselected = false;
  std::optional<Prepared> prepared =
      prepare({options.input, options.draft}, diags, &unselected);
  if (!prepared) return stop(unselected ? kExitSelection : kExitErrors);
  const Style& style = prepared->style;

  const std::string target =
      options.output_path.empty() ? default_output(options.input) : options.output_path;
  std::vector<std::string> inputs = input_files(options.input, style);
  std::string error;
  const std::optional<std::int64_t> date = build_date(inputs, &error);
  if (!date) {
    diags.error({}, error);
    return stop(kExitUsage);
  }
  FontLibrary fonts;
  std::optional<PdfOptions> pdf = print_options(options, style, *date, target, fonts, &error);
  if (!pdf) {
    diags.error({}, error);
    return stop(kExitErrors);
  }
  inputs.push_back(pdf->intent.profile_path);
  if (std::string input = input_overwritten_by(target, inputs); !input.empty()) {
    diags.error({}, "refusing to write '" + target + "': it is the input '" + input + "'");
    return stop(kExitUsage);
  }
  // Opened before layout, so that an interrupted build of any length leaves nothing behind.
  std::unique_ptr<OutputFile> out = OutputFile::open(target, &error);
  if (!out) {
    diags.error({}, error);
    return stop(kExitErrors);
  }

  if (record) record->output = target;
  PdfOutput written(*pdf);
  PageLedger noted(ledger, &written);
  const int status = lay_out_issue(*prepared, options.draft, fonts, diags, &noted);
  if (status != kExitClean) return stop(status);

  const Activity writing("writing " + target);
  std::optional<std::string> bytes = written.finish(&error);
  if (!bytes) {
    diags.error({}, "not writing '" + target + "': " + error);
  } else if (!write_all(out->fd(), *bytes, &error)) {
    diags.error({}, out->failure(error));
  } else if (!out->commit(&error)) {
    diags.error({}, error);
  } else if (options.png) {
    const Activity rendering("rendering the pages to PNG in " + options.png->dir);
    std::vector<std::string> labels;
    for (const LedgerPage& p : ledger.pages) labels.push_back(p.label);
    std::optional<std::vector<PngProof>> pngs =
        write_png_proofs(*bytes, labels, *options.png, &error);
    if (!pngs) diags.error({}, error);
    if (pngs && record) record->pngs = std::move(*pngs);
  }
  const int status_written = stop(diags.has_errors() ? kExitErrors : kExitClean);
  if (options.timings) print_stage_times(err);
  return status_written;
}

}  // namespace folio
