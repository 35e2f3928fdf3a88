#include "app/page_ledger.h"

#include <algorithm>
#include <utility>

namespace folio {
namespace {

bool in_header(const Page& page, const GlyphRun& run) {
  if (run.frame < 0 || static_cast<std::size_t>(run.frame) >= page.frames.size()) return false;
  return page.frames[static_cast<std::size_t>(run.frame)].name.starts_with("the header");
}

}  // namespace

void PageLedger::document(const DocumentInfo& info) {
  if (next_) next_->document(info);
}

void PageLedger::bookmark(const OutlineEntry& entry) {
  if (next_) next_->bookmark(entry);
}

void PageLedger::restart() {
  ledger_ = {};
  if (next_) next_->restart();
}

void PageLedger::page(Page&& page, std::size_t index) {
  if (ledger_.pages.size() <= index) ledger_.pages.resize(index + 1);
  LedgerPage& noted = ledger_.pages[index];
  noted = {page.label, page.part, {}};
  // A page laid out again (a contents whose folios moved) replaces what it printed before.
  std::erase_if(ledger_.numbers, [&](const PrintedNumber& n) { return n.page == index; });
  std::vector<PrintedNumber> numbers;
  const GlyphRun* previous = nullptr;  // the number's last run: one number may take several
  int header_frame = -1;
  for (const DisplayItem& item : page.items) {
    const auto* run = std::get_if<GlyphRun>(&item);
    if (!run) continue;
    if (in_header(page, *run)) {
      if (!noted.running_head.empty())
        noted.running_head += run->frame == header_frame ? "" : " · ";
      noted.running_head += run->text;
      header_frame = run->frame;
    }
    if (run->page_reference) {
      // Runs of one number share a line (its baseline) and follow each other.
      if (previous && previous->y == run->y && previous->source == run->source) {
        numbers.back().text += run->text;
      } else {
        numbers.push_back({index, run->text});
      }
      previous = run;
    } else {
      previous = nullptr;
    }
  }
  // Kept in page order whatever order the pages come in.
  auto at = std::find_if(ledger_.numbers.begin(), ledger_.numbers.end(),
                         [&](const PrintedNumber& n) { return n.page > index; });
  ledger_.numbers.insert(at, numbers.begin(), numbers.end());
  if (next_) next_->page(std::move(page), index);
}

}  // namespace folio
