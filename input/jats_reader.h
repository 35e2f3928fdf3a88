#pragma once
// Reads an issue from JATS 1.x article files, one article per file (docs/issue-format.md,
// "JATS"), completed by an optional issue-meta file for what JATS does not carry.

#include "base/diagnostics.h"
#include "input/issue.h"

#include <optional>
#include <string>
#include <vector>

namespace folio {

// `files_or_dirs`: article files, or directories whose *.xml files (sorted by name) are articles.
// Articles are ordered by first page and grouped into sections by their heading subject. Every
// problem is reported to `diags`; the result is empty when there was an error.
std::optional<Issue> read_jats(const std::vector<std::string>& files_or_dirs,
                               const std::string& issue_meta_path, Diagnostics& diags);

}  // namespace folio
