#pragma once
// A batch's workers: processes forked from folio once its issues are known, each building one
// issue after another with the faces it has loaded kept from issue to issue (fontconfig's
// configuration and the faces app/batch_fonts.h loads come before the fork and are shared). A
// process per worker, not a thread: faces, shapers and dictionaries are not for sharing between
// threads, and an issue that brings its worker down (out of memory, a crash) costs only that issue:
// the worker is replaced and the batch goes on.

#include "base/diagnostics.h"
#include "base/stage_times.h"

#include <array>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace folio {

// What one issue's build came to, sent from its worker to the batch.
struct IssueOutcome {
  int status = 1;  // the exit status `folio build` would have given
  std::string output;
  std::size_t pages = 0;
  double seconds = 0;
  std::vector<Diagnostic> diagnostics;
  std::string printed;  // what the build printed (messages, its "wrote" line), for stderr
  std::array<double, static_cast<std::size_t>(Stage::count)> stage_seconds{};
};

// Builds issue `index` in a worker.
using BuildIssue = std::function<IssueOutcome(std::size_t index)>;
// Called in the batch's own process as issues start and finish, in the order that happens.
using IssueStarted = std::function<void(std::size_t index)>;
using IssueDone = std::function<void(std::size_t index, const IssueOutcome& outcome)>;

// Builds issues 0 .. count-1 on `jobs` workers; returns the outcomes by index. An issue whose
// worker died gets status 1 and a message saying how it died.
std::vector<IssueOutcome> run_workers(std::size_t count, int jobs, const BuildIssue& build,
                                      const IssueStarted& started, const IssueDone& done);

// The record a worker sends, and its reading; exposed for the tests.
std::string encode_outcome(const IssueOutcome& outcome);
bool decode_outcome(const std::string& record, IssueOutcome* outcome);

}  // namespace folio
