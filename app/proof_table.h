#pragma once
// The proof table a proofreader works from: one row per article in contents order with its
// section, title, authors, pages and the problems found, as text for people, or as JSON
// (docs/pages-json.md, stable) and CSV (RFC 4180) for programs.

#include "app/issue_input.h"
#include "app/placement.h"
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
  // As laid out (add_placement): the number the contents entry prints, the folio of the page it
  // is printed on, and whether it is the source's first page (or item number). Empty when the
  // issue was not laid out, or when the entry has nothing to print and prints nothing.
  std::optional<std::string> printed;
  std::string printed_on;
  std::optional<bool> printed_matches_source;
};

struct ProofTable {
  std::string journal, volume, number, year;
  std::vector<ProofRow> rows;
  std::vector<Diagnostic> problems;  // about no one article: the reader's, the issue's range
  int errors = 0, warnings = 0;      // all problems, rows' and table's
  bool laid_out = false;             // add_placement has been given the pages
  std::vector<PartPlacement> parts;  // where each part landed
};

// `diags` holds everything reported while reading and checking; the page check's problems are
// placed on their articles' rows, the rest in the table's own list.
ProofTable proof_table(const CheckedIssue& checked, const Diagnostics& diags);

// Adds where things landed, `placement` being of the issue the table was made from.
void add_placement(ProofTable& table, const CheckedIssue& checked, const Placement& placement);

void write_text(const ProofTable& table, std::ostream& out);
void write_json(const ProofTable& table, std::ostream& out);
void write_csv(const ProofTable& table, std::ostream& out);

}  // namespace folio
