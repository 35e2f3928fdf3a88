#pragma once
// Which stylesheet a build uses: `--style FILE` when given (the command line wins, so one issue
// file can be set in many looks), else the one the issue names, else the built-in io-1992.
// An issue names a shipped stylesheet by name ("contemporary") or a file by a path relative to
// the issue file, which must stay inside the issue's directory (no absolute path, no climbing
// out with "..") unless `allow_any_path` (--allow-any-stylesheet-path).

#include "base/diagnostics.h"
#include "input/issue.h"
#include "stylesheets/style.h"

#include <optional>
#include <string>
#include <vector>

namespace folio {

std::optional<Style> choose_stylesheet(const std::string& style_option, const Issue& issue,
                                       bool allow_any_path, Diagnostics& diags);

struct ShippedStylesheet {
  std::string name;  // "contemporary"
  std::string path;
  std::string description;  // the first sentence of the file's leading comment
};

// The stylesheets in folio's stylesheets/ folder, sorted by name.
std::vector<ShippedStylesheet> shipped_stylesheets();

}  // namespace folio
