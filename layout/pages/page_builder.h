#pragma once
// Builds a part's pages from its vertical list, one item at a time: the page breaker chooses the
// column and page breaks (page_breaker.h), and as soon as a page's breaks are settled the builder
// puts its lines into the frames of the page's master (facing pages swap the inside and outside
// margins), spreads any fill over the column's slack, adds the running lines and folio, and hands
// the page on to a sink, letting its lines go. A part that starts on a recto gets a blank verso
// before it when it needs one; the columns of its last page may be balanced.

#include "base/diagnostics.h"
#include "compose/blocks.h"
#include "layout/pages/page.h"
#include "layout/pages/page_geometry.h"
#include "layout/pages/vertical_list.h"
#include "layout/text/layout_context.h"

#include <deque>
#include <string>
#include <vector>

namespace folio {

// Where finished pages go: the preflight and the PDF writer, or a buffer. Pages of one part come
// in order, but a part laid out again (a contents whose folios moved) may come after the parts
// that follow it, so every page carries its index in the document.
class PageSink {
 public:
  virtual ~PageSink() = default;
  virtual void page(Page&& page, std::size_t index) = 0;
  virtual void bookmark(const OutlineEntry& entry) = 0;  // entry.page: a page's index
};

// What a part's layout took: its pages are [first, first + count) in the document, a blank verso
// before it included.
struct PartPages {
  std::size_t first = 0;
  std::size_t count = 0;
  std::string opening_label;  // the folio of the part's opening page
};

class PageBuilder {
 public:
  // The part's pages start at document index `first_index` (0-based; its folio is one more).
  PageBuilder(const ComposedPart& part, std::size_t first_index, LayoutContext& context,
              Diagnostics& diags, PageSink& sink);

  void add(VerticalItem&& item);
  PartPages finish();

 private:
  const PartMaster& master_of(std::size_t part_page, std::size_t number) const;
  void fixed(const std::vector<std::size_t>& starts);
  void emit_settled_pages(bool part_end);
  void balance_last_page();
  void build_page(std::size_t part_page, std::size_t first_column, std::size_t end_column);
  // These move the lines' runs into the page: the items of a built page are let go.
  void place_item(Page& page, VerticalItem& item, Pt baseline, int frame, const PageGeometry& g);
  void put_line(Page& page, Line& line, Pt baseline, Pt x, int frame, const PageGeometry& g);
  void place_columns(Page& page, SetColumns& set, Pt baseline, int frame, const PageGeometry& g);
  std::size_t entry_end(std::size_t column) const;  // one past the column's last entry
  // Whether page `index` may be made: past limits::kMaxPages the part's layout stops, with an
  // error the first time.
  bool within_page_limit(std::size_t index);
  VerticalItem& item(std::size_t entry) { return items_[entry - items_base_]; }

  const ComposedPart& part_;
  LayoutContext& context_;
  Diagnostics& diags_;
  PageSink& sink_;
  PageGeometry body_, opening_, verso_;
  std::size_t columns_;  // per page
  PageBreaker breaker_;
  std::size_t first_index_;         // of the part's first page, a blank verso included
  std::size_t opening_index_;       // of its opening page
  std::deque<VerticalItem> items_;  // from items_base_ on: those of pages not yet built
  std::size_t items_base_ = 0;
  std::vector<std::size_t> starts_ = {0};  // settled column starts, column 0 first
  std::size_t pages_built_ = 0;            // of the part, not counting a blank verso
  bool done_ = false;                      // all column starts are known
  std::string opening_label_;
  std::size_t building_ = 0;  // the index of the page being built
  bool over_page_limit_ = false;
};

}  // namespace folio
