#pragma once
// The issues a batch builds: the lines of a manifest, or the issues found in directories.
//
// A manifest has one issue per line, written as folio build's arguments would be
// (`ISSUE [--style S] [--jats DIR|--crossref F|--ojs F] [--issue-meta M] [-o OUT] ...`), words
// separated by spaces, quoted with '...' or "..." where they hold one; '#' begins a comment, a
// blank line is skipped. Paths are relative to the working directory, as on the command line.
//
// In a directory (searched to any depth, in sorted order), an issue is a file whose root
// element is <issue> (folio's format), or an <issue-meta-file> beside the JATS articles of its
// issue: the `articles` directory next to it, else the <article> files in its own directory.

#include "app/batch_options.h"
#include "base/diagnostics.h"

#include <optional>
#include <string>
#include <vector>

namespace folio {

struct BatchIssue {
  // What --list prints and the summary calls "input": the issue's path (its first, for JATS
  // files), followed by " --select KEYS" when the line picks one issue of a file of several.
  std::string label;
  SourcePos pos;      // the manifest line; for an issue found in a directory, its file
  BuildOptions options;
};

// The words of one manifest line, comments removed; `columns` gets each word's 1-based column.
// False with `error` set on an unclosed quote.
bool split_manifest_line(const std::string& line, std::vector<std::string>* words,
                         std::vector<int>* columns, std::string* error);

// Every issue of `sources` in order, with the batch's defaults and --output-dir applied; empty
// with errors in `diags` (a manifest line that is not a build's arguments, a source that does
// not exist, two issues that would write the same PDF).
std::optional<std::vector<BatchIssue>> batch_issues(const BatchOptions& options,
                                                    Diagnostics& diags);

// The root element's name of an XML file ("issue", "article"), or empty when it has none that
// can be found in its first 64 KiB.
std::string root_element(const std::string& path);

}  // namespace folio
