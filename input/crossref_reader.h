#pragma once
// Reads an issue from a Crossref deposit (<doi_batch>, schema 4.3 to 5.x): the journal, the
// issue and its articles, as registered for their DOIs (docs/issue-format.md, "Crossref").

#include "base/diagnostics.h"
#include "input/issue.h"

#include <optional>
#include <string>

namespace folio {

// The deposit must hold the articles of one journal issue; anything else (several journals,
// books, conference papers, articles outside an issue) is an error. Articles are ordered by
// first page, in one section without a title.
std::optional<Issue> read_crossref(const std::string& path, Diagnostics& diags);

}  // namespace folio
