#pragma once
// `folio build`: the whole pipeline, read -> compose -> lay out -> write, as a list of stages.

#include <iosfwd>
#include <string>

namespace folio {

struct BuildOptions {
  std::string issue_path;
  std::string style_path;   // empty: the built-in stylesheet
  std::string output_path;  // empty: the issue's path with .pdf for .xml
  bool quiet = false;
};

// Returns the process exit status: 0 written, 1 an input or layout error. Diagnostics go to
// `err`; on failure no output file is left behind.
int run_build(const BuildOptions& options, std::ostream& err);

}  // namespace folio
