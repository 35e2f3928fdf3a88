#pragma once
// The limits an issue is held to once read, whatever reader made it (folio's format, JATS,
// Crossref and those to come): how many articles and people it has, and how long one paragraph
// may be (base/limits.h). Checked once here, on the model, rather than in each reader.

#include "base/diagnostics.h"
#include "input/issue.h"

namespace folio {

// Reports each limit the issue goes past, at the first thing past it; the issue is not to be
// set when any is reported.
void check_issue_limits(const Issue& issue, Diagnostics& diags);

}  // namespace folio
