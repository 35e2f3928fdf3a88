#pragma once
// A part as TeX's vertical list: its set paragraphs become one item per line (or per set of
// columns, which stands together), each with the metrics the page breaker weighs (page_breaker.h:
// the height it takes, the fills before it, what a break before it costs and which rule it would
// break) and the content the page builder places. Spaces between paragraphs become the distance
// from one baseline to the next; a fill becomes stretchable glue before the next item.

#include "layout/lines/line.h"
#include "layout/pages/page_breaker.h"

#include <functional>
#include <variant>
#include <vector>

namespace folio {

// Paragraphs set in columns of a set that stands together on one page (the editorial board).
struct SetColumns {
  int columns = 1;
  Pt gap;
  std::vector<SetParagraph> paragraphs;
};

// Where each column of a balanced set of `lines` lines begins, and `lines` at the end: the first
// (lines mod columns) columns take one line more, so 29 names in three columns stand 10, 10, 9.
std::vector<std::size_t> balanced_column_starts(std::size_t lines, int columns);

// The height a set of columns takes at the top of a frame, balanced as the page builder sets it.
Pt column_set_extent(const SetColumns& columns);
// From its first baseline to its last (the tallest column's), and that line's descent.
Pt column_set_inner(const SetColumns& columns, Pt* descent);

// What one item of the vertical list places, and where its outline entry goes.
struct VerticalItem {
  VerticalEntry metrics;
  std::variant<Line, SetColumns> box;
  std::string bookmark;  // an outline entry at this item; empty: none
  int bookmark_level = 0;
};

// Turns a part's blocks into vertical items, one block at a time, handing each item on at once.
class VerticalList {
 public:
  explicit VerticalList(std::function<void(VerticalItem&&)> out) : out_(std::move(out)) {}

  void add(SetParagraph&& paragraph);
  // The same, a line at a time as the paragraph is set: its rules and line count first.
  void begin_paragraph(SetParagraph&& rules, std::size_t lines);
  void add_line(Line&& line);
  void add(SetColumns&& columns);
  void add_space(Pt height);
  void add_fill();
  void add_page_break();

 private:
  std::function<void(VerticalItem&&)> out_;
  Pt space_;                     // since the last item, for the next
  int fills_ = 0;                // since the last item
  bool forced_ = false;          // a page break since the last item
  bool keep_with_next_ = false;  // the last paragraph keeps with what follows
  // The paragraph whose lines are coming: its rules, how many lines it has, how many came.
  SetParagraph paragraph_;
  std::size_t lines_ = 0;
  std::size_t line_ = 0;
  bool hyphenated_ = false;  // the line before ends with a hyphen
};

}  // namespace folio
