#pragma once
// `folio build`: the whole pipeline, read -> check pages -> compose -> lay out -> write, as a list
// of stages.

#include "app/issue_input.h"

#include <iosfwd>
#include <string>

namespace folio {

struct BuildOptions {
  IssueInput input;
  std::string style_path;   // empty: the built-in stylesheet
  std::string output_path;  // empty: default_output(input)
  bool quiet = false;
  // A stylesheet the issue names may be any path, not only one inside the issue's directory.
  bool allow_any_stylesheet_path = false;
};

// Returns the process exit status: 0 written, 1 an input, page or layout error. Diagnostics go
// to `err`; on failure no output file is left behind.
int run_build(const BuildOptions& options, std::ostream& err);

}  // namespace folio
