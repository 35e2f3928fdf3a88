#pragma once
// Reads folio's own issue XML (docs/issue-format.md) into the issue model.

#include "base/diagnostics.h"
#include "input/issue.h"
#include "input/issue_meta.h"

#include <optional>
#include <string>
#include <string_view>

namespace folio {

// Reads and validates an issue file. Every problem found is reported to `diags` with its
// file:line:col; the result is empty when there was at least one error.
std::optional<Issue> read_issue_file(const std::string& path, Diagnostics& diags);

// The same, from text already in memory; `name` is used in diagnostics.
std::optional<Issue> read_issue_xml(std::string_view xml, const std::string& name,
                                    Diagnostics& diags);

// Reads an issue-meta file (<issue-meta-file>, for issues read from JATS or Crossref) with the
// same element readers and the same checks; empty when there was an error.
std::optional<IssueMetaFile> read_issue_meta_file(const std::string& path, Diagnostics& diags);

}  // namespace folio
