#pragma once
// A part's paragraphs set ahead of its page builder, on a thread of their own: setting text
// (itemizing, shaping, hyphenating, breaking lines) is most of layout's time, and with it on the
// second core the caller mostly builds pages. The paragraphs are set in a layout context of their
// own (the shape cache and the hyphenator are not for sharing) and each reports into diagnostics
// of its own, which join the part's when the paragraph does, in paragraph order, its once-only
// reports sifted there (layout/text/once_reports.h): the pages and the messages are those one
// thread gives.
//
// A few paragraphs wait set at most (kParagraphsAhead), and a paragraph longer than
// kLongestParagraphAhead is left to the caller, who streams its lines into the vertical list as
// they are set: a paragraph of 200,000 words is never held as set lines.

#include "base/diagnostics.h"
#include "base/ordered_worker.h"
#include "compose/blocks.h"
#include "layout/lines/paragraph_layout.h"
#include "layout/text/layout_context.h"

#include <cstddef>
#include <deque>
#include <future>
#include <vector>

namespace folio {

// Paragraphs set and not yet taken: enough to cover a burst of pages settling at once, few enough
// that what they hold does not count (an abstract's lines are some tens of kilobytes).
constexpr std::size_t kParagraphsAhead = 16;
// The longest paragraph set ahead, in bytes of text: far more than any abstract or contents
// entry (2,500 words), little enough that kParagraphsAhead of them hold a few megabytes.
constexpr std::size_t kLongestParagraphAhead = 16 << 10;

class ParagraphsAhead {
 public:
  // Sets the paragraphs among `blocks` that takes() accepts, `measure` wide with `right_column`
  // for those that want one, in `ahead` (null: none is set ahead, every paragraph is the
  // caller's). `reported` is the caller's context's record: the paragraphs' once-only reports
  // are sifted through it. `blocks` and `ahead` must outlive this.
  ParagraphsAhead(const std::vector<Block>& blocks, Pt measure, Pt right_column,
                  LayoutContext* ahead, OnceReports& reported);
  // Stops with the paragraph under way; those still waiting are dropped.
  ~ParagraphsAhead() = default;

  // Whether `paragraph`, a block of the part, is set ahead (else the caller sets it).
  bool takes(const Paragraph& paragraph) const;
  // Hands the next paragraph set ahead to `sink` and its diagnostics to `diags`, once it is
  // set; rethrows what setting it threw.
  void hand_on_next(Diagnostics& diags, LineSink& sink);

 private:
  struct Set {
    SetParagraph paragraph;
    Diagnostics diags;
    std::vector<NotedReport> noted;  // its once-only reports, to be sifted
  };
  void queue_more();
  Set set(const Paragraph& paragraph);

  const std::vector<Block>& blocks_;
  Pt measure_;
  Pt right_column_;
  LayoutContext* ahead_;
  OnceReports& reported_;
  std::size_t next_block_ = 0;  // the first block not yet looked at
  std::deque<std::future<Set>> queued_;
  OrderedWorker worker_;  // last: stops before what its tasks use goes
};

}  // namespace folio
