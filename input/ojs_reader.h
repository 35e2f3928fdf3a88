#pragma once
// Reads the issues of an OJS native XML export (Open Journal Systems 3.x, the PKP namespace;
// docs/issue-format.md, "OJS"): an <issue> or an <issues> root, articles with their
// <publication> versions (3.2 and later) or without (3.0, 3.1), abstracts written as escaped
// HTML, texts in several locales. Embedded files (base64 galleys, covers) are passed over.

#include "base/diagnostics.h"
#include "input/issue.h"
#include "input/issue_selection.h"

#include <optional>
#include <string>
#include <vector>

namespace folio {

// Every issue of the export, in file order, each with its sections in their `seq` order and
// their articles in theirs (then in file order), and the problems found in it. Empty on an
// error about the file.
std::optional<std::vector<FoundIssue>> read_ojs(const std::string& path, Diagnostics& diags);

}  // namespace folio
