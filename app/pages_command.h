#pragma once
// `folio pages`: prints the proof table of an issue (app/proof_table.h) in the chosen format.

#include "app/diagnostic_format.h"
#include "app/issue_input.h"

#include <iosfwd>
#include <string>

namespace folio {

// The table goes to `out`; to `err` go the diagnostics of a file that cannot be read, and with
// CSV, the problems that belong to no article. Returns 0
// when the table shows no error, 1 otherwise (or when there is no table).
// Messages are printed in `diagnostic_format` (--diagnostic-format).
int run_pages(const IssueInput& input, const std::string& format, std::ostream& out,
              std::ostream& err, DiagnosticFormat diagnostic_format = DiagnosticFormat::human);

}  // namespace folio
