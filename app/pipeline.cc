#include "app/pipeline.h"

#include "app/stylesheet_choice.h"
#include "app/typeset.h"
#include "base/stage_times.h"
#include "preflight/preflight.h"

#include <algorithm>
#include <utility>

namespace folio {
namespace {

// Preflights each page as it comes and hands it on: after an error, only a draft goes on
// writing (a build that fails writes nothing, but its check goes on to report every page).
class PreflightSink : public IssueSink {
 public:
  PreflightSink(bool draft, PageOutput* output) : draft_(draft), output_(output) {}

  void document(const DocumentInfo& info) override {
    if (output_) output_->document(info);
  }
  void page(Page&& page, std::size_t index) override {
    preflight_page(page, index, preflight_);
    if (output_ && (draft_ || !preflight_.has_errors())) output_->page(std::move(page), index);
  }
  void bookmark(const OutlineEntry& entry) override {
    if (output_) output_->bookmark(entry);
  }
  void restart() override {
    preflight_ = {};
    if (output_) output_->restart();
  }
  const Diagnostics& preflight() const { return preflight_; }

 private:
  bool draft_;
  PageOutput* output_;
  Diagnostics preflight_;
};

}  // namespace

// In page order, as the PDF writer puts them: a part laid out again hands its bookmarks on late.
void DocumentOutput::bookmark(const OutlineEntry& entry) {
  auto at = std::upper_bound(
      doc.outline.begin(), doc.outline.end(), entry,
      [](const OutlineEntry& a, const OutlineEntry& b) { return a.page < b.page; });
  doc.outline.insert(at, entry);
}

void DocumentOutput::page(Page&& page, std::size_t index) {
  if (doc.pages.size() <= index) doc.pages.resize(index + 1);
  doc.pages[index] = std::move(page);
}

std::optional<Prepared> prepare(const PipelineOptions& options, Diagnostics& diags,
                                bool* unselected) {
  ScopedStage stage(Stage::read);
  std::optional<CheckedIssue> checked =
      read_checked_issue(options.input, diags, options.draft, unselected);
  if (!checked || diags.has_errors()) return std::nullopt;
  std::optional<Style> style = choose_stylesheet(options.input.style_path, checked->issue,
                                                 options.input.allow_any_stylesheet_path, diags);
  if (!style) return std::nullopt;
  return Prepared{std::move(*checked), std::move(*style)};
}

int lay_out_issue(const Prepared& prepared, bool draft, FontLibrary& fonts, Diagnostics& diags,
                  PageOutput* output, LayoutThreads threads) {
  PreflightSink sink(draft, output);
  const TypesetResult result =
      typeset(prepared.checked.issue, prepared.style, fonts, diags, sink, threads);
  if (!result.moving.empty()) return kExitUnsettled;
  diags.add_all(sink.preflight(), draft);
  return result.laid_out && !diags.has_errors() ? kExitClean : kExitErrors;
}

}  // namespace folio
