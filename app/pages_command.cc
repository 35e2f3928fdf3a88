#include "app/pages_command.h"

#include "app/proof_table.h"

#include <ostream>

namespace folio {

int run_pages(const IssueInput& input, const std::string& format, std::ostream& out,
              std::ostream& err, DiagnosticFormat diagnostic_format) {
  Diagnostics diags;
  bool unselected = false;
  std::optional<CheckedIssue> checked = read_checked_issue(input, diags, false, &unselected);
  if (!checked) {
    print_diagnostics(diags, diagnostic_format, true, true, err);
    return unselected ? kExitSelection : 1;
  }
  // Laid out to see where things land; a layout that fails is reported in the table.
  std::optional<Ledger> ledger = lay_out_for_placement(*checked, input, diags);
  ProofTable table = proof_table(*checked, diags);
  if (ledger) add_placement(table, *checked, placement(*ledger, *checked));
  if (format == "json") {
    write_json(table, out);
  } else if (format == "csv") {
    write_csv(table, out);
    // CSV rows are articles; what concerns no one article goes where a person will see it.
    Diagnostics problems;
    for (const Diagnostic& d : table.problems) problems.add(d);
    print_diagnostics(problems, diagnostic_format, true, true, err);
  } else {
    write_text(table, out);
  }
  return diags.has_errors() ? 1 : 0;
}

}  // namespace folio
