#pragma once
// `folio check`: reads and validates an issue and checks its page numbers, writing no PDF, for
// production staff before a build and for nightly jobs.

#include "app/issue_input.h"

#include <iosfwd>

namespace folio {

constexpr int kExitClean = 0;
constexpr int kExitErrors = 1;
constexpr int kExitStrictWarnings = 3;  // warnings, with --strict

// Diagnostics go to `err`, a one-line summary to `out`. Returns kExitClean, kExitErrors, or
// kExitStrictWarnings when `strict` and there were warnings but no error.
int run_check(const IssueInput& input, bool strict, std::ostream& out, std::ostream& err);

}  // namespace folio
