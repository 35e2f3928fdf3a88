#pragma once
// A part's paragraphs set ahead of its page builder on a second thread, and by the caller too
// while it would otherwise wait: setting text (itemizing, shaping, hyphenating, breaking lines)
// is most of layout's time, and so both cores share it while the caller builds the pages.
//
// Each thread sets in a layout context of its own (the hyphenator and the record of once-only
// reports are not for sharing), configured alike, and the two share one shape cache (which takes
// turns, layout/text/shape_cache.h), so a paragraph's lines are the same whichever sets it and a
// word is held once. A paragraph set ahead of its turn reports into diagnostics of its own, which
// join the part's when the paragraph does, in paragraph order, its once-only reports sifted there
// (layout/text/once_reports.h); one the caller comes to before either thread has begun it, the
// caller sets as with one thread. The pages and the messages are those one thread gives.
//
// A few paragraphs wait set at most (kParagraphsAhead), and a paragraph longer than
// kLongestParagraphAhead is left to the caller, who streams its lines into the vertical list as
// they are set: a paragraph of 200,000 words is never held as set lines.

#include "base/diagnostics.h"
#include "base/ordered_worker.h"
#include "compose/blocks.h"
#include "layout/lines/paragraph_layout.h"
#include "layout/text/layout_context.h"

#include <atomic>
#include <cstddef>
#include <deque>
#include <future>
#include <memory>
#include <vector>

namespace folio {

// Paragraphs set and not yet taken: enough to cover a burst of pages settling at once (16 left
// both threads waiting on each other: 64 took a tenth off the build of 1,000 and of 10,000
// articles), few enough that what they hold does not count (an abstract's lines are some tens of
// kilobytes).
constexpr std::size_t kParagraphsAhead = 64;
// The longest paragraph set ahead, in bytes of text: more than any abstract or contents entry
// (1,200 words), little enough that kParagraphsAhead of them hold ten megabytes at most.
constexpr std::size_t kLongestParagraphAhead = 8 << 10;
// Tasks the thread ahead may have waiting, those the caller took over included: far more than
// kParagraphsAhead, so that handing one on never waits (paragraphs_ahead.cc).
constexpr std::size_t kWorkerRoom = 16 * kParagraphsAhead;

class ParagraphsAhead {
 public:
  // Sets the paragraphs among `blocks` that takes() accepts, `measure` wide with `right_column`
  // for those that want one, ahead in `ahead` on a thread of its own and in `context`, the
  // caller's, while the caller waits (null `ahead`: none is set ahead, every paragraph is the
  // caller's to set). The paragraphs' once-only reports are sifted through `context`'s record.
  // `blocks`, `context` and `ahead` must outlive this.
  ParagraphsAhead(const std::vector<Block>& blocks, Pt measure, Pt right_column,
                  LayoutContext& context, LayoutContext* ahead);
  // Stops with the paragraph under way; those still waiting are dropped.
  ~ParagraphsAhead() = default;

  // Whether `paragraph`, a block of the part, is one of those set here (else the caller sets it).
  bool takes(const Paragraph& paragraph) const;
  // Hands the next paragraph takes() accepted to `sink` and its diagnostics to `diags`, setting
  // it first if neither thread has begun it. Rethrows what setting it threw.
  void hand_on_next(Diagnostics& diags, LineSink& sink);

 private:
  struct Set {
    SetParagraph paragraph;
    Diagnostics diags;
    std::vector<NotedReport> noted;  // its once-only reports, to be sifted
  };
  // A paragraph to be set once, by the first thread that claims it, in that thread's context.
  struct Job {
    bool claim() { return !claimed.exchange(true); }
    std::atomic<bool> claimed = false;
    std::packaged_task<Set(LayoutContext&)> task;
  };
  struct Queued {
    const Paragraph* paragraph = nullptr;
    std::shared_ptr<Job> job;
    std::future<Set> set;  // never ready when the paragraph was claimed to be set in its turn
  };
  void queue_more();
  Set set(LayoutContext& context, const Paragraph& paragraph) const;
  void set_one_later();

  const std::vector<Block>& blocks_;
  Pt measure_;
  Pt right_column_;
  LayoutContext& context_;
  LayoutContext* ahead_;
  std::size_t next_block_ = 0;  // the first block not yet looked at
  std::deque<Queued> queued_;
  OrderedWorker worker_;  // last: stops before what its tasks use goes
};

}  // namespace folio
