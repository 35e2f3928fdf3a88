#include "layout/pages/paragraphs_ahead.h"

#include <algorithm>
#include <chrono>
#include <memory>
#include <utility>

namespace folio {
namespace {

std::size_t text_bytes(const Paragraph& paragraph) {
  std::size_t bytes = 0;
  for (const StyledRun& run : paragraph.runs) bytes += run.text.size();
  for (const StyledRun& run : paragraph.right.runs) bytes += run.text.size();
  return bytes;
}

}  // namespace

ParagraphsAhead::ParagraphsAhead(const std::vector<Block>& blocks, Pt measure, Pt right_column,
                                 LayoutContext* ahead, OnceReports& reported)
    : blocks_(blocks),
      measure_(measure),
      right_column_(right_column),
      ahead_(ahead),
      reported_(reported),
      worker_(ahead != nullptr, kParagraphsAhead) {
  queue_more();
}

bool ParagraphsAhead::takes(const Paragraph& paragraph) const {
  return ahead_ && text_bytes(paragraph) <= kLongestParagraphAhead;
}

void ParagraphsAhead::queue_more() {
  for (; next_block_ < blocks_.size() && queued_.size() < kParagraphsAhead; ++next_block_) {
    const auto* p = std::get_if<Paragraph>(&blocks_[next_block_]);
    if (!p || !takes(*p)) continue;
    // Held by a shared pointer only because std::function must be copyable; nothing copies it.
    auto task = std::make_shared<std::packaged_task<Set()>>([this, p] { return set(*p); });
    queued_.push_back(task->get_future());
    worker_.run([task = std::move(task)] { (*task)(); });
  }
}

// On the worker's thread. The context's record starts empty for each paragraph: whether a report
// is the first is decided when the paragraph joins the part.
ParagraphsAhead::Set ParagraphsAhead::set(const Paragraph& paragraph) {
  Set out;
  OnceReports& reported = ahead_->reported;
  reported.forget_all();
  reported.noting = &out.noted;
  struct StopNoting {
    OnceReports& reported;
    ~StopNoting() { reported.noting = nullptr; }
  } stop{reported};
  out.paragraph = set_paragraph(paragraph, measure_, *ahead_, out.diags, right_column_);
  return out;
}

void ParagraphsAhead::hand_on_next(Diagnostics& diags, LineSink& sink) {
  std::future<Set> next = std::move(queued_.front());
  queued_.pop_front();
  queue_more();
  // Not set yet: the thread ahead is the slower, and waking as each paragraph is set would cost
  // two thread switches a paragraph. The caller waits for half of those queued, which are set in
  // order, and takes them all without waiting while the thread sets the other half.
  if (next.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
    const std::size_t half = std::min(queued_.size(), kParagraphsAhead / 2);
    (half > 0 ? queued_[half - 1] : next).wait();
  }
  Set done = next.get();
  // Everything the paragraph says comes before its lines, as when it is set here: the lines may
  // finish pages, whose running heads report in turn.
  add_sifted(done.diags, done.noted, reported_, diags);
  std::vector<Line> lines = std::move(done.paragraph.lines);
  done.paragraph.lines.clear();
  sink.begin(std::move(done.paragraph), lines.size());
  for (Line& line : lines) sink.line(std::move(line));
}

}  // namespace folio
