#pragma once
// Where things landed in the front matter, as laid out: each part's first and last page, and for
// each contents entry the page number its line prints. What `folio pages` and the proof sheet
// report beside the source's numbers, so that a proofreader sees the printed page, not a copy of
// the attribute it was made from.

#include "app/issue_input.h"
#include "app/page_ledger.h"
#include "base/diagnostics.h"

#include <optional>
#include <string>
#include <vector>

namespace folio {

struct PartPlacement {
  std::string kind;                     // "contents"
  std::size_t first = 0, last = 0;      // 0-based page indices in the PDF
  std::string first_label, last_label;  // as printed; empty on a page without a folio
};

// What one contents entry prints in its right column, and where.
struct PrintedEntry {
  std::string text;      // "601", "e1004"
  std::size_t page = 0;  // the contents page it is on, 0-based
  std::string label;     // that page's folio
};

struct Placement {
  std::vector<PartPlacement> parts;  // in page order
  // One per article of the page report (contents order); empty for an article whose entry prints
  // no number (it has none, or the contents is not printed).
  std::vector<std::optional<PrintedEntry>> entries;
};

// Reads the placement from the pages of a laid-out issue. The contents prints the number of each
// article that has a first page or an item number, in contents order, and then the parts it
// lists: the first of the printed numbers belong to those articles, one each.
Placement placement(const Ledger& ledger, const CheckedIssue& checked);

// What the source says an article's entry should print: its first page, else its item number.
std::optional<std::string> expected_number(const Article& article);

// Lays the issue out as a draft (so that pages come out whatever the page check found), in the
// stylesheet `input` chooses, only to see where things land: nothing is written, and only what
// stops the layout goes to `diags`, as warnings (the proof table stands without the placement).
// Empty when the issue cannot be laid out.
std::optional<Ledger> lay_out_for_placement(const CheckedIssue& checked, const IssueInput& input,
                                            Diagnostics& diags);

}  // namespace folio
