#pragma once
// `folio build`: the whole pipeline, read -> check pages -> compose -> lay out -> write, as a list
// of stages.

#include "app/issue_input.h"
#include "app/pipeline.h"

#include <iosfwd>
#include <string>

namespace folio {

struct BuildOptions {
  IssueInput input;         // with the --style option
  std::string output_path;  // empty: default_output(input)
  bool quiet = false;       // print errors only
  bool verbose = false;     // print every warning, not one line per kind of the common ones
  bool draft = false;       // PipelineOptions::draft; the PDF says it is a draft
  bool timings = false;     // print the time each stage took
};

// Returns the process exit status: 0 written, 1 an input, page, layout or preflight error, 4 the
// contents' folios did not settle. Diagnostics go to `err`; on failure no output file is left
// behind.
int run_build(const BuildOptions& options, std::ostream& err);

// The time each stage took in this process (--timings), one line each.
void print_stage_times(std::ostream& err);

// Prints the diagnostics as the options ask.
void report(const Diagnostics& diags, const BuildOptions& options, std::ostream& err);

}  // namespace folio
