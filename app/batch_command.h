#pragma once
// `folio batch`: many issues in one run (app/manifest.h says which), built on -j workers
// (app/batch_workers.h); one that fails stops no other. Ends with a one-line summary and, with
// --summary, a JSON one (docs/batch-json.md).

#include "app/batch_options.h"

#include <iosfwd>

namespace folio {

// Exit status 0 when every issue built, 1 when any failed, 4 when none failed but some had
// folios that did not settle, 2 for a usage error (a bad manifest line, two issues with one
// PDF) before anything is built. --list prints the issues to `out`, one a line.
int run_batch(const BatchOptions& options, std::ostream& out, std::ostream& err);

}  // namespace folio
