#pragma once
// `folio build`: the whole pipeline, read -> check pages -> compose -> lay out -> preflight ->
// write, as a list of stages.

#include "app/deps_file.h"
#include "app/diagnostic_format.h"
#include "app/issue_input.h"
#include "app/page_ledger.h"
#include "app/pipeline.h"
#include "app/png_proofs.h"
#include "base/length.h"
#include "base/pdf_standard.h"
#include "base/stage_times.h"

#include <array>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

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
  // 2: pages are written to the PDF on a thread of their own while layout sets the next, and each
  // part's paragraphs are set ahead of its pages on another; 1: in one thread. 0: 2 where the
  // machine has two cores or more. The file and the messages are the same either way.
  int threads = 0;
  DiagnosticFormat diagnostic_format = DiagnosticFormat::human;
  std::string deps_path;  // --deps: where to list the files the build read; empty: nowhere
  DepsFormat deps_format = DepsFormat::make;
  std::optional<PngProofOptions> png;  // --png DIR: a PNG of each page, once the PDF is written
};

// What a build leaves behind for a proof sheet (app/proof_command.h).
struct BuildRecord {
  std::string output;          // the PDF's path
  Ledger ledger;               // the pages as laid out
  Diagnostics diags;           // everything the build reported
  std::vector<PngProof> pngs;  // with --png
};

class ProgressLine;

// What a build did, for its "wrote" line, a dependency file and a batch's summary.
struct BuildResult {
  int status = 1;      // the exit status (run_build)
  std::string target;  // where the PDF went (or would have gone)
  std::size_t pages = 0;
  std::vector<std::string> dependencies;  // app/deps_file.h; empty unless the PDF was written
};

// The whole build with faces from `fonts` (a batch worker keeps them from issue to issue);
// every problem goes to `diags`, nothing is printed but `progress`, when given. Writes the PDF
// and, when asked, the dependency file.
// `record`, when given, gets the pages as laid out and the PNG proofs.
BuildResult build_issue(const BuildOptions& options, FontLibrary& fonts, Diagnostics& diags,
                        ProgressLine* progress, BuildRecord* record = nullptr);

// Exit status when the output would overwrite one of the build's inputs, or the environment
// asks for the impossible: a usage error, as for a bad option.
constexpr int kExitUsage = 2;

// Returns the process exit status: 0 written, 1 an input, page, layout, preflight or write
// error, 2 an output that is an input, 4 unsettled folios. Diagnostics go to `err`; on failure
// no output file is left behind. `record`, when given, is filled in as far as the build got.
int run_build(const BuildOptions& options, std::ostream& err, BuildRecord* record = nullptr);

// "wrote out/io-46-3.pdf (12 pages, 1.4 s)": what a build says when it is done.
std::string wrote_line(const BuildResult& result, double seconds);

// The time each stage took in this process (--timings), one line each.
void print_stage_times(std::ostream& err);
// The same for times summed elsewhere (a batch's workers).
void print_stage_times(std::ostream& err,
                       const std::array<double, static_cast<std::size_t>(Stage::count)>& seconds);

// Prints the diagnostics as the options ask.
void report(const Diagnostics& diags, const BuildOptions& options, std::ostream& err);

}  // namespace folio
