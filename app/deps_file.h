#pragma once
// `--deps FILE`: every file a build read, so that make (or any build tool) rebuilds the PDF
// when one of them changes: the issue, issue-meta, JATS or Crossref files (and a JATS
// directory, which changes when an article is added), the stylesheet, the font files of every
// face used, the output profile, the hyphenation dictionaries; for the compiled-in stylesheet,
// folio's own binary.
//
// make format, as `gcc -MD -MP` writes it: "OUT.pdf: IN IN ...", then an empty rule for each
// input, so that a deleted input makes the PDF out of date instead of stopping make. json:
// {"output": "OUT.pdf", "inputs": ["IN", ...]}.

#include "app/issue_input.h"
#include "stylesheets/style.h"

#include <optional>
#include <string>
#include <vector>

namespace folio {

enum class DepsFormat { make, json };

std::optional<DepsFormat> parse_deps_format(const std::string& name);

// The files of a finished build, sorted, each once: `inputs` (app/input_files.h) with the
// output profile, and what FontLibrary and the Hyphenator noted (base/files_read.h).
std::vector<std::string> build_dependencies(const IssueInput& input, const Style& style,
                                            const std::vector<std::string>& inputs);

// The text of the file: `target` depends on `files`.
std::string deps_text(const std::string& target, const std::vector<std::string>& files,
                      DepsFormat format);

// A file name as make reads it in a rule: spaces, '#', '$' and ':' escaped.
std::string make_escaped(const std::string& path);

}  // namespace folio
