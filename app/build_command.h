#pragma once
// `folio build`: the whole pipeline, read -> check pages -> compose -> lay out -> write, as a list
// of stages.

#include "app/issue_input.h"

#include <iosfwd>
#include <string>

namespace folio {

struct BuildOptions {
  IssueInput input;         // with the --style option
  std::string output_path;  // empty: default_output(input)
  bool quiet = false;
};

// Returns the process exit status: 0 written, 1 an input, page or layout error. Diagnostics go
// to `err`; on failure no output file is left behind.
int run_build(const BuildOptions& options, std::ostream& err);

}  // namespace folio
