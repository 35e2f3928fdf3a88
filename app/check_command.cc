#include "app/check_command.h"

#include <ostream>

namespace folio {

int run_check(const IssueInput& input, bool strict, std::ostream& out, std::ostream& err) {
  Diagnostics diags;
  bool unselected = false;
  std::optional<CheckedIssue> checked = read_checked_issue(input, diags, &unselected);
  diags.print(err);
  if (unselected) return kExitSelection;
  const int errors = diags.error_count(), warnings = diags.warning_count();
  out << input.paths.front() << ": " << errors << (errors == 1 ? " error, " : " errors, ")
      << warnings << (warnings == 1 ? " warning" : " warnings") << '\n';
  if (errors > 0 || !checked) return kExitErrors;
  return strict && warnings > 0 ? kExitStrictWarnings : kExitClean;
}

}  // namespace folio
