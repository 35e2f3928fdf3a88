#include "app/check_command.h"

#include <ostream>

namespace folio {

int run_check(const BuildOptions& options, bool strict, std::ostream& out, std::ostream& err) {
  Diagnostics diags;
  const Pipeline pipeline =
      run_pipeline({options.input, options.input.style_path, options.draft}, diags);
  report(diags, options, err);
  const int errors = diags.error_count(), warnings = diags.warning_count();
  out << options.input.paths.front() << ": " << errors << (errors == 1 ? " error, " : " errors, ")
      << warnings << (warnings == 1 ? " warning" : " warnings") << '\n';
  if (pipeline.status != kExitClean) return pipeline.status;
  return strict && warnings > 0 ? kExitStrictWarnings : kExitClean;
}

}  // namespace folio
