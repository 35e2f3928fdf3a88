#pragma once
// `folio check`: everything a build does but write the PDF: the issue read and its page numbers
// checked, the stylesheet read, the issue laid out and every page preflighted. A check-then-build
// pipeline therefore catches all a build would: the exit status is the build's.

#include "app/build_command.h"

#include <iosfwd>

namespace folio {

// Diagnostics go to `err`, a one-line summary to `out`. Returns the build's exit status, or
// kExitStrictWarnings when `strict` and there were warnings but nothing worse.
int run_check(const BuildOptions& options, bool strict, std::ostream& out, std::ostream& err);

}  // namespace folio
