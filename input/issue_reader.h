#pragma once
// Reads folio's own issue XML (docs/issue-format.md) into the issue model.

#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "input/issue.h"

namespace folio {

// Reads and validates an issue file. Every problem found is reported to `diags` with its
// file:line:col; the result is empty when there was at least one error.
std::optional<Issue> read_issue_file(const std::string& path, Diagnostics& diags);

// The same, from text already in memory; `name` is used in diagnostics.
std::optional<Issue> read_issue_xml(std::string_view xml, const std::string& name,
                                    Diagnostics& diags);

}  // namespace folio
