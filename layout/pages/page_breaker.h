#pragma once
// Choosing page breaks for a whole part at once, as the line breaker chooses line breaks for a
// whole paragraph: every sequence of breaks that respects the rules (orphans, widows,
// keep-together, keep-with-next) is weighed, and the one whose pages are filled most evenly wins.
// A page's cost grows with the square of the space it leaves empty; the part's last page costs
// nothing. A rule gives way only when no sequence can keep it, and the result says which.

#include <cstddef>
#include <vector>

#include "base/length.h"

namespace folio {

// One unit of a part's vertical list: a line, or a set of columns that stands together.
struct VerticalEntry {
  Pt top;      // from the frame's top to the entry's last baseline, when it starts a page
  Pt follow;   // from the previous entry's last baseline to its own, when it does not
  Pt descent;  // below its last baseline
  bool forced_before = false;   // an explicit page break comes before it
  int penalty_before = 0;       // what a page break just before it costs (a hyphenated word)
  const char* rule_before = nullptr;  // the rule a page break just before it would break
};

struct PageBreaks {
  std::vector<std::size_t> starts;      // entries that begin a new page (never entry 0)
  std::vector<std::size_t> gave_way;    // of those, the ones whose rule_before was broken
};

// The height entries [begin, end) take when they start a page or column.
Pt column_extent(const std::vector<VerticalEntry>& entries, std::size_t begin, std::size_t end);

// `first_height` is the frame height of the part's first page, `height` that of the others.
PageBreaks break_pages(const std::vector<VerticalEntry>& entries, Pt first_height, Pt height);

// The same for frames of several columns: a break starts the next column, and the first
// `first_slots` columns (those of the part's first page) are `first_height` tall.
PageBreaks break_columns(const std::vector<VerticalEntry>& entries, Pt first_height,
                         std::size_t first_slots, Pt height);

}  // namespace folio
