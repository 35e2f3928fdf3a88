#pragma once
// How far the characters at a line's edges hang into the margins (margin kerning), for every
// place a line may start or end. The breaker widens each line it weighs by the hangs of its
// first and last characters (pdfTeX's \pdfprotrudechars=2), and the line is set with the same
// amounts, so it comes out at the width it was judged at.
//
// Sparse, sorted by item: most lines start and end with letters, which do not hang, and a
// paragraph of 200,000 words has a million items.

#include "base/length.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace folio {

class MarginHangs {
 public:
  // Added in increasing order of item; a hang of 0 need not be added.
  void add_left(std::size_t box, Pt hang) {
    left_.push_back({static_cast<std::uint32_t>(box), hang});
  }
  void add_right(std::size_t brk, Pt hang) {
    right_.push_back({static_cast<std::uint32_t>(brk), hang});
    widest_right_ = max(widest_right_, hang);
  }

  // Into the left margin, by a line whose first box is item `box`.
  Pt left(std::size_t box) const { return find(left_, box); }
  // Into the right margin, by a line that ends at the break item `brk`.
  Pt right(std::size_t brk) const { return find(right_, brk); }
  // The most any line's end hangs: a line too wide by more than this fits at no later break.
  Pt widest_right() const { return widest_right_; }

 private:
  struct Hang {
    std::uint32_t item;
    Pt amount;
  };
  static Pt find(const std::vector<Hang>& hangs, std::size_t item) {
    auto it = std::lower_bound(hangs.begin(), hangs.end(), item,
                               [](const Hang& h, std::size_t i) { return h.item < i; });
    return it != hangs.end() && it->item == item ? it->amount : Pt(0);
  }

  std::vector<Hang> left_, right_;
  Pt widest_right_;
};

}  // namespace folio
