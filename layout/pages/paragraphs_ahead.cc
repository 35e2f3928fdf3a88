#include "layout/pages/paragraphs_ahead.h"

#include <chrono>
#include <utility>

namespace folio {
namespace {

std::size_t text_bytes(const Paragraph& paragraph) {
  std::size_t bytes = 0;
  for (const StyledRun& run : paragraph.runs) bytes += run.text.size();
  for (const StyledRun& run : paragraph.right.runs) bytes += run.text.size();
  return bytes;
}

template <typename T>
bool ready(const std::future<T>& f) {
  return f.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

}  // namespace

ParagraphsAhead::ParagraphsAhead(const std::vector<Block>& blocks, Pt measure, Pt right_column,
                                 LayoutContext& context, LayoutContext* ahead)
    : blocks_(blocks),
      measure_(measure),
      right_column_(right_column),
      context_(context),
      ahead_(ahead),
      // Room beyond kParagraphsAhead: a paragraph the caller claims (hand_on_next, set_one_later)
      // leaves its task queued until the thread ahead comes to it and finds it taken, and were
      // those to fill the queue, the caller would wait on the thread ahead at every paragraph it
      // queues (hundreds of times per 1,000 articles). queue_more() bounds the paragraphs set
      // ahead; a task already claimed holds nothing but its handle.
      worker_(ahead != nullptr, kWorkerRoom) {
  queue_more();
}

bool ParagraphsAhead::takes(const Paragraph& paragraph) const {
  return ahead_ && text_bytes(paragraph) <= kLongestParagraphAhead;
}

void ParagraphsAhead::queue_more() {
  for (; next_block_ < blocks_.size() && queued_.size() < kParagraphsAhead; ++next_block_) {
    const auto* p = std::get_if<Paragraph>(&blocks_[next_block_]);
    if (!p || !takes(*p)) continue;
    auto job = std::make_shared<Job>();
    job->task = std::packaged_task<Set(LayoutContext&)>(
        [this, p](LayoutContext& context) { return set(context, *p); });
    queued_.push_back({p, job, job->task.get_future()});
    worker_.run([this, job = std::move(job)] {
      if (job->claim()) job->task(*ahead_);
    });
  }
}

// In either thread. The paragraph reports with a record of its own in place of the context's:
// whether a report is the first is decided when the paragraph joins the part.
ParagraphsAhead::Set ParagraphsAhead::set(LayoutContext& context,
                                          const Paragraph& paragraph) const {
  Set out;
  OnceReports own;
  own.noting = &out.noted;
  // The context's record is given back however setting ends.
  class Lent {
   public:
    Lent(OnceReports& context, OnceReports& own) : context_(context), own_(own) {
      std::swap(context_, own_);
    }
    ~Lent() { std::swap(context_, own_); }

   private:
    OnceReports& context_;
    OnceReports& own_;
  } lent(context.reported, own);
  out.paragraph = set_paragraph(paragraph, measure_, context, out.diags, right_column_);
  return out;
}

// While the thread ahead sets the next paragraph, the caller sets the first after it that
// neither has begun, if there is one.
void ParagraphsAhead::set_one_later() {
  for (Queued& later : queued_) {
    if (later.job->claim()) {
      later.job->task(context_);
      return;
    }
  }
}

void ParagraphsAhead::hand_on_next(Diagnostics& diags, LineSink& sink) {
  Queued next = std::move(queued_.front());
  queued_.pop_front();
  queue_more();
  if (next.job->claim()) {  // its turn, and no thread has begun it: set here, as with one thread
    set_paragraph(*next.paragraph, measure_, context_, diags, right_column_, sink);
    return;
  }
  // Paragraphs are claimed in order, so while the last is not, some is not.
  while (!ready(next.set) && !queued_.empty() && !queued_.back().job->claimed) set_one_later();
  Set done = next.set.get();
  // Everything the paragraph says comes before its lines, as when it is set in its turn: the
  // lines may finish pages, whose running heads report in turn.
  add_sifted(done.diags, done.noted, context_.reported, diags);
  std::vector<Line> lines = std::move(done.paragraph.lines);
  done.paragraph.lines.clear();
  sink.begin(std::move(done.paragraph), lines.size());
  for (Line& line : lines) sink.line(std::move(line));
}

}  // namespace folio
