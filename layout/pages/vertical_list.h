#pragma once
// A part's blocks as the vertical list the page breaker weighs: one entry per line (or per set of
// columns, which stands together), with the height it takes and the rule a page break before it
// would break; and, for each entry, what it stands for, to place it once the breaks are chosen.

#include "layout/pages/page_breaker.h"
#include "layout/pages/page_builder.h"

#include <optional>
#include <vector>

namespace folio {

// What one entry of the vertical list stands for.
struct EntrySource {
  const SetParagraph* paragraph = nullptr;  // a line of this paragraph...
  std::size_t line = 0;
  const SetColumns* columns = nullptr;  // ...or this set of columns
  Pt space;                             // space above it when it does not start a page
};

struct VerticalList {
  std::vector<VerticalEntry> entries;
  std::vector<EntrySource> sources;  // one per entry
  Pt space_after;                    // of the last block, for what follows
};

// The height a set of columns takes at the top of a frame, balanced as the page builder sets it.
Pt column_set_extent(const SetColumns& columns);

// Empty when the blocks hold a fill, which only makes sense placed in order.
std::optional<VerticalList> vertical_list(const std::vector<SetBlock>& blocks);

}  // namespace folio
