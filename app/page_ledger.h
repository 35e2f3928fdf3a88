#pragma once
// What a proof says about each page, noted as the pages pass on to the PDF writer (whose
// display lists are let go page by page): its label, part and running head, and the page
// numbers a contents page prints, read back from the laid-out lines rather than from the source.

#include "app/pipeline.h"

#include <string>
#include <vector>

namespace folio {

struct LedgerPage {
  std::string label;         // the folio as printed; empty when the page shows none
  std::string part;          // the front-matter part's kind ("contents")
  std::string running_head;  // the text of its header lines, joined by " · "; may be empty
};

// One number in the right column of a contents entry, as set on its page.
struct PrintedNumber {
  std::size_t page = 0;  // 0-based index of the page it is printed on
  std::string text;      // "601", "e1004"
};

struct Ledger {
  std::vector<LedgerPage> pages;
  std::vector<PrintedNumber> numbers;  // in the order the contents prints them
};

// Notes each page into `ledger` and hands it on to `next` (none: only notes).
class PageLedger : public PageOutput {
 public:
  PageLedger(Ledger& ledger, PageOutput* next) : ledger_(ledger), next_(next) {}

  void document(const DocumentInfo& info) override;
  void page(Page&& page, std::size_t index) override;
  void bookmark(const OutlineEntry& entry) override;
  void restart() override;

 private:
  Ledger& ledger_;
  PageOutput* next_;
};

}  // namespace folio
