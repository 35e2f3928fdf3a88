#pragma once
// Reads an issue from JATS 1.x article files, one article per file (docs/issue-format.md,
// "JATS"), completed by an optional issue-meta file for what JATS does not carry.

#include "base/diagnostics.h"
#include "input/issue.h"

#include <optional>
#include <string>
#include <vector>

namespace folio {

// `files_or_dirs`: article files, or directories whose *.xml and *.nxml files (sorted by name)
// are articles.
// Articles are ordered by first page and grouped into sections by their heading subject. Every
// problem is reported to `diags`; the result is empty when there was an error.
std::optional<Issue> read_jats(const std::vector<std::string>& files_or_dirs,
                               const std::string& issue_meta_path, Diagnostics& diags);

// The article files `files_or_dirs` stands for: files as given, directories as their *.xml and
// *.nxml files sorted by name. A directory without one is an error in `diags`. The build's list of
// inputs (app/input_files.h) uses it too.
std::vector<std::string> article_files(const std::vector<std::string>& files_or_dirs,
                                       Diagnostics& diags);

}  // namespace folio
