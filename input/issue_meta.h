#pragma once
// The issue-meta file (docs/issue-format.md, "The issue-meta file"): what an issue read from
// JATS or Crossref needs and those formats do not carry: the journal's abbreviation and imprint,
// the issue's season, pages and designation, labels, the board, editors, notices, and the
// contributors' bios. It is read by the native reader's own element readers
// (read_issue_meta_file in input/issue_reader.h), so the elements mean the same in both files.

#include "base/diagnostics.h"
#include "input/issue.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace folio {

struct IssueMetaFile {
  std::string source;
  std::string lang;  // empty when the file sets none
  std::string stylesheet;
  SourcePos stylesheet_pos;
  std::optional<Journal> journal;
  SourcePos journal_pos;
  std::optional<IssueInfo> info;  // volume, number and year may be empty here
  SourcePos info_pos;
  std::map<std::string, std::string> labels;
  std::vector<HyphenationException> hyphenation;
  std::vector<Person> people;
  Board board;
  std::vector<EditorRole> editors;
  std::vector<Notice> notices;
};

// Completes `issue` with `meta`. The articles' own metadata wins where both have a value; a
// journal title, volume, number or year that disagrees is an error at the meta file's element.
// A person of the meta file with an author's given and family name is that author: the author
// takes the meta file's id (so the board can refer to them), bio, affiliation and sort key.
void apply_issue_meta(const IssueMetaFile& meta, Issue& issue, Diagnostics& diags);

}  // namespace folio
