#pragma once
// Places set lines onto pages: frames from the page master (facing pages swap the inside and
// outside margins), paragraphs kept whole or split with their widow and orphan counts respected,
// headings kept with what follows, column sets balanced, fills pushing text to the page foot.

#include "base/diagnostics.h"
#include "compose/blocks.h"
#include "layout/lines/line.h"
#include "layout/pages/page.h"
#include "layout/pages/page_breaker.h"

#include <optional>
#include <string>
#include <vector>

namespace folio {

// A block with its paragraphs already set.
struct SetColumns {
  int columns = 1;
  Pt gap;
  std::vector<SetParagraph> paragraphs;
};
struct SetSpace {
  Pt height;
  bool fill = false;
};
struct SetPageBreak {};
using SetBlock = std::variant<SetParagraph, SetColumns, SetSpace, SetPageBreak>;

// The width of one of `columns` columns across `measure`, `gap` apart.
Pt column_width(Pt measure, int columns, Pt gap);

// Where each column of a balanced set of `lines` lines begins, and `lines` at the end: the first
// (lines mod columns) columns take one line more, so 29 names in three columns stand 10, 10, 9.
std::vector<std::size_t> balanced_column_starts(std::size_t lines, int columns);

// What the page builder knows of each page, for running heads and folios.
struct PagePlan {
  std::size_t part = 0;  // index of the part the page belongs to
  bool opening = false;  // the part's first page
  bool blank = false;    // a verso left blank so the next part starts on a recto
  const PageMaster* master = nullptr;
  std::vector<Diagnostic> notes;  // of the lines placed on the page, given out with its folio
};

class PageBuilder {
 public:
  PageBuilder(Document& doc, Diagnostics& diags) : doc_(doc), diags_(diags) {}

  // Starts a part of `kind` on a new page with `master`; `recto` forces an odd page number.
  // The part's title becomes a first-level outline entry.
  void start_part(const std::string& kind, const PageMaster& master, bool recto,
                  const std::string& title);
  // The same, with a master of its own for the part's opening page (a chapter-opening page
  // with a deeper top margin, say).
  void start_part(const std::string& kind, const PageMaster& master, const PageMaster& first,
                  bool recto, const std::string& title);
  // Left-hand pages of the next part use `verso` (their own running heads, say); null: none.
  // Call before start_part.
  void set_verso_master(const PageMaster* verso) { verso_master_ = verso; }
  // Whether the columns of the part's last page are balanced (multi-column masters).
  void set_balance(bool balance) { balance_ = balance; }
  // Places a part's blocks. Page breaks are chosen for the whole part at once (page_breaker.h);
  // a part with a fill (the cover) is placed in order, each block where it falls.
  void place(const std::vector<SetBlock>& blocks);

  // The width of the text block and of one column of it, for setting paragraphs.
  static Pt measure(const PageMaster& master);
  // The left edge of the text block on page `number` (1-based): facing pages swap margins.
  static Pt frame_left(const PageMaster& master, std::size_t number);

  const std::vector<PagePlan>& plans() const { return plans_; }

 private:
  struct TextBlock {
    Pt x, top, width, height;  // top: PDF y of the block's upper edge
  };

  void new_page();
  void add_column_frames();
  TextBlock frame() const;
  // Distance from the frame top to the baseline `line` would get next, after `space`.
  Pt next_baseline(const Line& line, Pt space) const;
  bool fits(const Line& line, Pt space) const;
  void put(const Line& line, Pt space, Pt x_offset, int frame);
  void put_at(const Line& line, Pt baseline, Pt x_offset, int frame);
  int column_frame() const { return static_cast<int>(column_); }
  bool place_optimal(const std::vector<SetBlock>& blocks);
  void balance_last_page(const std::vector<VerticalEntry>& entries, PageBreaks& breaks,
                         Pt first_height, Pt height, std::size_t columns) const;
  Pt column_offset() const;  // of the column being filled, from the text block's left edge
  void next_column();        // or the next page's first, after the last column
  void place_in_order(const std::vector<SetBlock>& blocks);
  void place_paragraph(const SetParagraph& p, Pt keep_height);
  void place_columns(const SetColumns& c);
  Pt height_of(const std::vector<SetBlock>& blocks, std::size_t from) const;
  Pt keep_height(const std::vector<SetBlock>& blocks, std::size_t i) const;

  Document& doc_;
  Diagnostics& diags_;
  std::vector<PagePlan> plans_;
  std::size_t part_ = 0;
  std::string part_kind_;
  bool started_ = false;
  std::size_t column_ = 0;                    // being filled, 0-based
  bool balance_ = false;                      // even out the columns of a part's last page
  const PageMaster* master_ = nullptr;        // of the page being filled
  const PageMaster* part_master_ = nullptr;   // of the part's pages after the first
  const PageMaster* verso_master_ = nullptr;  // of its left-hand pages, when it has one
  Page* page_ = nullptr;
  Pt baseline_;                                   // of the last line placed, from the frame top
  Pt descent_;                                    // of the last line placed
  bool at_top_ = true;                            // nothing placed on this page yet
  Pt pending_space_;                              // space after the last paragraph, not yet spent
  std::optional<OutlineEntry> pending_bookmark_;  // of the paragraph whose first line is next
};

}  // namespace folio
