#include "layout/pages/page_breaker.h"

#include <algorithm>
#include <cstdint>

namespace folio {
namespace {

// The cost of a column left empty, scaled by the square of the share left: a column a tenth
// empty costs 100, one half empty 2,500; so two columns 80% full beat one full and one 60% full.
constexpr double kEmptyColumnCost = 10000;
// What every column costs besides its emptiness: of two ways to set a part that leave no column
// short (fills take up any slack), the one with fewer columns wins.
constexpr double kColumnCost = 1;
// Slack for rounding when comparing heights, in points.
constexpr double kEpsilon = 0.01;
// Paths are compared for a common start this many entries apart: often enough that a page's
// lines are let go soon after it is settled, seldom enough to cost nothing.
constexpr std::size_t kFixEvery = 16;
// Entries before the root are forgotten in batches this large, not one by one.
constexpr std::size_t kForgetBatch = 1024;
// How many columns the open paths may run apart before the cheapest is taken. Paths of equal
// cost that never meet (pages that can be filled as well one line earlier as one line later)
// would otherwise keep a whole part's lines in memory until its end; no choice this far back
// changes the cost of the columns still open by more than rounding, so the result is the whole
// part's optimum in all but such ties.
constexpr std::uint32_t kMaxOpenColumns = 32;
// When the cheapest path is taken, its last columns stay open.
constexpr std::uint32_t kKeptOpenColumns = 8;

}  // namespace

Pt column_extent(const std::vector<VerticalEntry>& entries, std::size_t begin, std::size_t end) {
  if (begin >= end) return Pt(0);
  Pt h = entries[begin].top;
  for (std::size_t k = begin + 1; k < end; ++k) h += entries[k].follow;
  return h + entries[end - 1].descent;
}

PageBreaker::PageBreaker(Pt first_height, std::size_t first_columns, Pt height)
    : first_height_(first_height),
      first_columns_(std::max<std::size_t>(1, first_columns)),
      height_(height) {}

double PageBreaker::extent(std::size_t begin, std::size_t end) const {
  const Entry& first = entry(begin);
  const Entry& last = entry(end - 1);
  return first.top.value() + (last.follow_sum - first.follow_sum) + last.descent.value();
}

void PageBreaker::reach(std::size_t end, bool part_end, std::vector<State>& into) {
  const double tallest = std::max(first_height_, height_).value();
  // Every path still open runs through the root: nothing before it can start a column.
  const std::size_t from = std::max(window_, root_ / slots());
  for (std::size_t j = end; j-- > from;) {
    // The space between the entries alone: no column starting earlier can be shorter than this
    // (an entry's own height may be larger than what follows it, so extents need not grow).
    if (j + 1 < end && entry(end - 1).follow_sum - entry(j).follow_sum > tallest + kEpsilon) {
      break;
    }
    const double x = extent(j, end);
    const int fills = entry(end - 1).fills_sum - entry(j).fills_sum;
    for (std::size_t s = 0; s < slots(); ++s) {
      const State& start = state(id(j, s));
      if (!start.reached) continue;
      const double h = frame(s).value();
      const bool overfull = x > h + kEpsilon;
      if (overfull && j + 1 < end) continue;  // only an entry alone may be too tall to fit
      Cost cost;
      cost.overfull = overfull ? 1 : 0;
      cost.badness = kColumnCost;
      if (!part_end) {
        const Entry& next = entry(end);
        if (!next.forced_before && fills == 0) {
          const double empty = std::max(0.0, h - x) / h;
          cost.badness += kEmptyColumnCost * empty * empty;
        }
        cost.badness += next.penalty_before;
        cost.rules = next.rule_before ? 1 : 0;
      }
      const Cost total = start.cost + cost;
      State& target = into[part_end ? 0 : next_slot(s)];
      if (!target.reached || total < target.cost) {
        target = {true, total, id(j, s), start.depth + 1};
      }
    }
  }
}

void PageBreaker::add(const VerticalEntry& e) {
  const std::size_t k = size_++;
  Entry en;
  en.top = e.top;
  en.descent = e.descent;
  const Entry* previous = entries_.empty() ? nullptr : &entries_.back();
  en.follow_sum = (previous ? previous->follow_sum : 0) + e.follow.value();
  en.fills_sum = (previous ? previous->fills_sum : 0) + e.fills_before;
  en.forced_before = e.forced_before;
  en.penalty_before = e.penalty_before;
  en.rule_before = e.rule_before != nullptr;
  entries_.push_back(en);
  states_.resize(states_.size() + slots());
  if (k == 0) {
    root_ = id(0, 0);
    state(root_) = {true, {}, root_, 0};
    return;
  }
  std::vector<State> at(slots());
  reach(k, false, at);
  for (std::size_t s = 0; s < slots(); ++s) state(id(k, s)) = at[s];
  if (e.forced_before) window_ = k;  // no column runs past a forced break
}

std::size_t PageBreaker::cheapest_far_ancestor(const std::vector<std::size_t>& frontier) {
  std::size_t best = frontier.front();
  for (std::size_t n : frontier) {
    if (state(n).cost < state(best).cost || (!(state(best).cost < state(n).cost) && n < best)) {
      best = n;
    }
  }
  const std::uint32_t root_depth = state(root_).depth;
  if (state(best).depth < root_depth + kMaxOpenColumns) return root_;
  std::size_t meet = best;
  while (state(meet).depth > state(best).depth - kKeptOpenColumns) meet = state(meet).from;
  // Every state from the meeting point on that does not come through it is closed.
  const std::uint32_t depth = state(meet).depth;
  for (std::size_t k = meet / slots(); k < size_; ++k) {
    for (std::size_t sl = 0; sl < slots(); ++sl) {
      const std::size_t n = id(k, sl);
      if (!state(n).reached || n == meet) continue;
      std::size_t m = n;
      while (m != root_ && state(m).depth > depth) m = state(m).from;
      if (m != meet) state(n).reached = false;
    }
  }
  return meet;
}

std::vector<std::size_t> PageBreaker::chain_to_root(std::size_t from) {
  std::vector<std::size_t> starts;
  for (std::size_t n = from; n != root_; n = state(n).from) starts.push_back(n / slots());
  std::reverse(starts.begin(), starts.end());
  return starts;
}

void PageBreaker::drop_before(std::size_t entry) {
  if (entry < base_ + kForgetBatch) return;
  entries_.erase(entries_.begin(), entries_.begin() + static_cast<std::ptrdiff_t>(entry - base_));
  states_.erase(states_.begin(),
                states_.begin() + static_cast<std::ptrdiff_t>((entry - base_) * slots()));
  base_ = entry;
}

std::vector<std::size_t> PageBreaker::take_fixed() {
  if (size_ == 0 || size_ % kFixEvery != 0) return {};
  // The states every later column can still start from: those whose column may yet take in the
  // last entry, and the last entry's own.
  const std::size_t last = size_ - 1;
  const double tallest = std::max(first_height_, height_).value();
  std::vector<std::size_t> open;
  for (std::size_t j = size_; j-- > std::max(window_, root_ / slots());) {
    const double between = entry(last).follow_sum - entry(j).follow_sum;
    if (j < last && between > tallest + kEpsilon) break;  // nor any earlier one
    if (j < last && between + entry(j).top.value() > tallest + kEpsilon) continue;
    for (std::size_t s = 0; s < slots(); ++s) {
      if (state(id(j, s)).reached) open.push_back(id(j, s));
    }
  }
  const std::vector<std::size_t> frontier = open;
  // Their latest common ancestor: walk the deepest back until all meet.
  while (open.size() > 1) {
    std::uint32_t deepest = 0;
    for (std::size_t n : open) deepest = std::max(deepest, state(n).depth);
    for (std::size_t& n : open) {
      if (state(n).depth == deepest && n != root_) n = state(n).from;
    }
    std::sort(open.begin(), open.end());
    open.erase(std::unique(open.begin(), open.end()), open.end());
  }
  if (open.empty()) return {};
  std::size_t meet = open.front();
  if (meet == root_) meet = cheapest_far_ancestor(frontier);
  if (meet == root_) return {};
  std::vector<std::size_t> fixed = chain_to_root(meet);
  for (std::size_t k : fixed) {
    if (entry(k).rule_before) gave_way_.push_back(k);
  }
  // Other columns starting at the same entry lie on no open path.
  const std::size_t at = meet / slots();
  for (std::size_t s = 0; s < slots(); ++s) {
    if (id(at, s) != meet) state(id(at, s)).reached = false;
  }
  root_ = meet;
  drop_before(at);
  return fixed;
}

PageBreaks PageBreaker::finish() {
  PageBreaks out;
  if (size_ == 0) return out;
  std::vector<State> end(1);
  reach(size_, true, end);
  out.starts = chain_to_root(end[0].from);
  for (std::size_t k : out.starts) {
    if (entry(k).rule_before) gave_way_.push_back(k);
  }
  out.gave_way = std::move(gave_way_);
  return out;
}

PageBreaks break_columns(const std::vector<VerticalEntry>& entries, Pt first_height,
                         std::size_t first_columns, Pt height) {
  PageBreaker breaker(first_height, first_columns, height);
  for (const VerticalEntry& e : entries) breaker.add(e);
  return breaker.finish();
}

PageBreaks break_pages(const std::vector<VerticalEntry>& entries, Pt first_height, Pt height) {
  return break_columns(entries, first_height, 1, height);
}

}  // namespace folio
