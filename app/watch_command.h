#pragma once
// `folio watch ISSUE -o OUT.pdf [--proof DIR]`: builds, then rebuilds whenever a file of the
// build's dependency set changes (the issue, its issue-meta file, JATS articles, the stylesheet),
// as inotify reports it, once the changes have been quiet for kDebounceMs. A build that fails
// prints its errors and leaves the last good PDF in place (the build writes to a temporary file
// and renames). With --proof the proof sheet is made again after each build, and reloads itself
// in the browser that shows it. Runs until interrupted.

#include "app/build_command.h"
#include "app/proof_command.h"

#include <iosfwd>
#include <optional>
#include <string>

namespace folio {

// Editors save in bursts (a backup, the file, its mode): one build for all of them.
constexpr int kDebounceMs = 200;

struct WatchOptions {
  BuildOptions build;     // with the output path
  std::string proof_dir;  // empty: no proof sheet
  int thumbnail_dpi = kDefaultThumbnailDpi;
};

// The files a build of `input` depends on, as far as it can be read: with the stylesheet it
// chooses when the issue can be read, else the files named on the command line.
std::vector<std::string> watched_files(const IssueInput& input);

// Prints "folio watch: build N ok: OUT.pdf" or "folio watch: build N failed (exit status S),
// keeping the last good OUT.pdf" on `out` after each build. Returns only when inotify fails.
int run_watch(const WatchOptions& options, std::ostream& out, std::ostream& err);

}  // namespace folio
