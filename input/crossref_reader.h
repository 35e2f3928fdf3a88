#pragma once
// Reads the journal issues of a Crossref file (docs/issue-format.md, "Crossref"): a deposit
// (<doi_batch>, schema 4.3 to 5.x), unixref records (<crossref>, <doi_records>, a query's
// <crossref_result>) or an OAI-PMH harvest of them (<OAI-PMH>), as registered for their DOIs.

#include "base/diagnostics.h"
#include "input/issue.h"
#include "input/issue_selection.h"

#include <optional>
#include <string>
#include <vector>

namespace folio {

// Every issue the file holds articles of, in the order first met, each with its articles in
// page order in one section without a title, and the problems of its records; a record of a
// DOI given twice counts once, as the later one. In a deposit, content other than journal
// articles in an issue is an error; in harvested records it is left out, with a warning.
// Empty on an error about the file.
std::optional<std::vector<FoundIssue>> read_crossref(const std::string& path, Diagnostics& diags);

}  // namespace folio
