#pragma once
// The proof table a proofreader works from: one row per article in contents order with its
// section, title, authors, pages and the problems found, as text for people, or as JSON
// (docs/pages-json.md, stable) and CSV (RFC 4180) for programs.

#include "app/issue_input.h"
#include "base/diagnostics.h"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace folio {

struct ProofRow {
  std::string section;
  std::string title;
  std::vector<std::string> authors;
  std::optional<int> first_page, last_page, page_count;
  std::string item_number;  // "e1004", "S336": what stands for pages that are not numbers
  std::vector<Diagnostic> problems;
};

struct ProofTable {
  std::string journal, volume, number, year;
  std::vector<ProofRow> rows;
  std::vector<Diagnostic> problems;  // about no one article: the reader's, the issue's range
  int errors = 0, warnings = 0;      // all problems, rows' and table's
};

// `diags` holds everything reported while reading and checking; the page check's problems are
// placed on their articles' rows, the rest in the table's own list.
ProofTable proof_table(const CheckedIssue& checked, const Diagnostics& diags);

void write_text(const ProofTable& table, std::ostream& out);
void write_json(const ProofTable& table, std::ostream& out);
void write_csv(const ProofTable& table, std::ostream& out);

}  // namespace folio
