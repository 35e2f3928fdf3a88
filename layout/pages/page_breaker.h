#pragma once
// Choosing a part's page and column breaks by cost, as the line breaker chooses line breaks for
// a paragraph: every sequence of breaks that respects the rules (orphans, widows, keep-together,
// keep-with-next, forced breaks) is weighed, and the one whose columns are filled most evenly
// wins. A column's cost grows with the square of the share of it left empty; a column that ends
// the part, ends at a forced break or holds a fill costs nothing for being short. Costs compare
// lexicographically, an overfull column before a broken rule before any fill, so no length of
// part can make a broken rule cheaper than a short page.
//
// The breaker is incremental: entries come one at a time, and breaks that no later entry can
// change are handed out as soon as they are known (every sequence still open runs through
// them), so the page builder can finish those pages and let their lines go. The result is the
// same as weighing the whole part at once, except where paths of equal cost run more than 32
// columns without meeting: then the cheapest is taken, so a part's lines are never all held.

#include "base/length.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace folio {

// One unit of a part's vertical list: a line, or a set of columns that stands together, with
// what comes between it and the entry before.
struct VerticalEntry {
  Pt top;      // from the frame's top to the entry's last baseline, when it starts a column
  Pt follow;   // from the previous entry's last baseline to its own, when it does not
  Pt descent;  // below its last baseline
  int fills_before = 0;        // infinitely stretchable glue before it (TeX's \vfill)
  bool forced_before = false;  // an explicit page break comes before it
  int penalty_before = 0;      // what a column break just before it costs (a hyphenated word)
  const char* rule_before = nullptr;  // the rule a column break just before it would break
};

struct PageBreaks {
  std::vector<std::size_t> starts;    // entries that begin a new column (never entry 0)
  std::vector<std::size_t> gave_way;  // of those, the ones whose rule_before was broken
};

// The height entries [begin, end) take when they start a column.
Pt column_extent(const std::vector<VerticalEntry>& entries, std::size_t begin, std::size_t end);

class PageBreaker {
 public:
  // Columns are `height` tall, except the first `first_columns` (those of the part's first page),
  // which are `first_height`.
  PageBreaker(Pt first_height, std::size_t first_columns, Pt height);

  void add(const VerticalEntry& entry);
  std::size_t size() const { return size_; }

  // Column starts fixed since the last call: no entry still to come can move them.
  std::vector<std::size_t> take_fixed();
  // At the part's end: the column starts not yet taken, and every start over the whole part that
  // broke a rule. The breaker is spent.
  PageBreaks finish();

 private:
  struct Cost {
    int overfull = 0;
    int rules = 0;
    double badness = 0;
    friend Cost operator+(Cost a, Cost b) {
      return {a.overfull + b.overfull, a.rules + b.rules, a.badness + b.badness};
    }
    friend bool operator<(const Cost& a, const Cost& b) {
      if (a.overfull != b.overfull) return a.overfull < b.overfull;
      if (a.rules != b.rules) return a.rules < b.rules;
      return a.badness < b.badness;
    }
  };
  // A column starting at entry `entry` as column number `depth` of the part, reached at `cost`.
  struct State {
    bool reached = false;
    Cost cost;
    std::size_t from = 0;  // the state the column before started at
    std::uint32_t depth = 0;
  };
  struct Entry {
    Pt top, descent;
    double follow_sum = 0;  // of follow over the entries from the root on, this one included
    int fills_sum = 0;
    bool forced_before = false;
    int penalty_before = 0;
    bool rule_before = false;
  };

  std::size_t slots() const { return first_columns_ + 1; }
  std::size_t id(std::size_t entry, std::size_t slot) const { return entry * slots() + slot; }
  State& state(std::size_t id) { return states_[id - base_ * slots()]; }
  const Entry& entry(std::size_t k) const { return entries_[k - base_]; }
  Pt frame(std::size_t slot) const { return slot < first_columns_ ? first_height_ : height_; }
  std::size_t next_slot(std::size_t slot) const { return std::min(slot + 1, first_columns_); }
  double extent(std::size_t begin, std::size_t end) const;  // of entries [begin, end)
  // The best way to end a column just before `end` (the part's end when `end` == size()).
  void reach(std::size_t end, bool part_end, std::vector<State>& into);
  std::vector<std::size_t> chain_to_root(std::size_t id);
  // When the open paths have run far apart without meeting: an ancestor of the cheapest of
  // `frontier` a few columns back, with every state not reached through it closed; else root_.
  std::size_t cheapest_far_ancestor(const std::vector<std::size_t>& frontier);
  void drop_before(std::size_t entry);

  Pt first_height_;
  std::size_t first_columns_;
  Pt height_;
  std::size_t size_ = 0;
  std::size_t base_ = 0;        // the root's entry: nothing before it is kept
  std::size_t root_ = 0;        // the state every path still open runs through
  std::size_t window_ = 0;      // no column may start before this entry (a forced break)
  std::vector<Entry> entries_;  // from base_
  std::vector<State> states_;   // from base_, slots() per entry
  std::vector<std::size_t> gave_way_;
};

// The whole part at once: `first_height` is the frame height of the part's first page, whose
// `first_columns` columns come first, `height` that of the others.
PageBreaks break_columns(const std::vector<VerticalEntry>& entries, Pt first_height,
                         std::size_t first_columns, Pt height);
PageBreaks break_pages(const std::vector<VerticalEntry>& entries, Pt first_height, Pt height);

}  // namespace folio
