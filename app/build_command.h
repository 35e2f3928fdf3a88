#pragma once
// `folio build`: the whole pipeline, read -> check pages -> compose -> lay out -> preflight ->
// write, as a list of stages.

#include "app/issue_input.h"
#include "app/page_ledger.h"
#include "app/pipeline.h"
#include "app/png_proofs.h"
#include "base/length.h"
#include "base/pdf_standard.h"

#include <iosfwd>
#include <optional>
#include <string>

namespace folio {

struct BuildOptions {
  IssueInput input;                         // with the --style option
  std::string output_path;                  // empty: default_output(input); "-": standard output
  std::optional<PdfStandard> pdf_standard;  // empty: the stylesheet's, else PDF/X-4
  std::optional<Pt> bleed;                  // empty: each page master's
  bool marks = false;                       // crop marks and a slug line
  // PipelineOptions::draft; the PDF says it is a proof, not for press (pdf/pdf_writer.h).
  bool draft = false;
  bool quiet = false;    // print errors only
  bool verbose = false;  // print every warning, not one line per kind of the common ones
  bool timings = false;  // print the time each stage took
  std::optional<PngProofOptions> png;  // --png DIR: a PNG of each page, once the PDF is written
};

// What a build leaves behind for a proof sheet (app/proof_command.h).
struct BuildRecord {
  std::string output;          // the PDF's path
  Ledger ledger;               // the pages as laid out
  Diagnostics diags;           // everything the build reported
  std::vector<PngProof> pngs;  // with --png
};

// Exit status when the output would overwrite one of the build's inputs, or the environment
// asks for the impossible: a usage error, as for a bad option.
constexpr int kExitUsage = 2;

// Returns the process exit status: 0 written, 1 an input, page, layout, preflight or write
// error, 2 an output that is an input, 4 unsettled folios. Diagnostics go to `err`; on failure
// no output file is left behind. `record`, when given, is filled in as far as the build got.
int run_build(const BuildOptions& options, std::ostream& err, BuildRecord* record = nullptr);

// The time each stage took in this process (--timings), one line each.
void print_stage_times(std::ostream& err);

// Prints the diagnostics as the options ask.
void report(const Diagnostics& diags, const BuildOptions& options, std::ostream& err);

}  // namespace folio
