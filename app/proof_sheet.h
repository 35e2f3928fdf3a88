#pragma once
// The HTML proof sheet (`folio proof`): every page as a thumbnail with its label, part and
// running head; the contents checked against the articles, entry by entry; every problem with
// its file:line:col and a link to its page; one summary line a nightly job can grep. One
// self-contained file beside the thumbnails: no script from elsewhere, no network, no framework.

#include "app/proof_table.h"
#include "input/page_check.h"

#include <optional>
#include <string>
#include <vector>

namespace folio {

struct SheetPage {
  std::string label, part, running_head;
  std::string image;          // the thumbnail, relative to the sheet; empty when none was made
  int width = 0, height = 0;  // the thumbnail's size in pixels
};

struct SheetEntry {
  ProofRow row;
  std::vector<PageMark> marks;              // from the page check
  std::optional<std::size_t> printed_page;  // the contents page its number is printed on
};

struct SheetProblem {
  Diagnostic diagnostic;
  std::optional<std::size_t> page;  // the page it concerns, when one does
};

struct ProofSheet {
  std::string title;  // "International Organization, volume 46, number 3"
  std::string pdf;    // the PDF's path, relative to the sheet; empty when there is none
  bool failed = false;  // this build failed: `pdf` is the last good one, if any
  std::vector<SheetPage> pages;
  std::vector<SheetEntry> entries;
  std::vector<SheetProblem> problems;
  int errors = 0, warnings = 0;
  // With watch: the sheet reloads itself when build.js, which the next build rewrites, gives
  // another number than this one (a file:// page may load scripts, not read files).
  std::optional<int> build_number;
};

// "folio proof: PASS entries=8 marked=0 mismatches=0 overlaps=0 gaps=0 shared=0 verso=0
// errors=0 warnings=1 pages=14": FAIL for an error, a printed number that is not the source's or
// an overlap; WARN for a warning, a gap or a verso start; else PASS.
std::string summary_line(const ProofSheet& sheet);

std::string proof_sheet_html(const ProofSheet& sheet);

// The page a message names as "(PDF page N" (describe_page in layout/pages/page.h), 0-based.
std::optional<std::size_t> page_named_in(const std::string& message);

}  // namespace folio
