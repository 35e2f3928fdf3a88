#include "app/pipeline.h"

#include "app/stylesheet_choice.h"
#include "app/typeset.h"
#include "base/stage_times.h"
#include "preflight/preflight.h"

#include <algorithm>

namespace folio {
namespace {

// Collects the issue's pages into a document, preflighting each as it comes.
class DocumentSink : public IssueSink {
 public:
  void page(Page&& page, std::size_t index) override {
    preflight_page(page, index, preflight_);
    if (document_.pages.size() <= index) document_.pages.resize(index + 1);
    document_.pages[index] = std::move(page);
  }
  void bookmark(const OutlineEntry& entry) override { document_.outline.push_back(entry); }
  void restart() override {
    document_ = {};
    preflight_ = {};
  }

  Document take() {
    // Parts laid out again come late: the outline is in page order.
    std::stable_sort(document_.outline.begin(), document_.outline.end(),
                     [](const OutlineEntry& a, const OutlineEntry& b) { return a.page < b.page; });
    return std::move(document_);
  }
  const Diagnostics& preflight() const { return preflight_; }

 private:
  Document document_;
  Diagnostics preflight_;
};

}  // namespace

Pipeline run_pipeline(const PipelineOptions& options, Diagnostics& diags) {
  Pipeline out;
  std::optional<CheckedIssue> checked;
  std::optional<Style> style;
  {
    ScopedStage stage(Stage::read);
    bool unselected = false;
    checked = read_checked_issue(options.input, diags, options.draft, &unselected);
    if (!checked || diags.has_errors()) {
      out.status = unselected ? kExitSelection : kExitErrors;
      return out;
    }
    style = choose_stylesheet(options.style_path, checked->issue, diags);
  }
  if (!style) {
    out.status = kExitErrors;
    return out;
  }
  out.fonts = std::make_unique<FontLibrary>();
  DocumentSink sink;
  const TypesetResult typeset_result = typeset(checked->issue, *style, *out.fonts, diags, sink);
  if (!typeset_result.moving.empty()) {
    out.status = kExitUnsettled;
    return out;
  }
  if (!typeset_result.laid_out) {
    out.status = kExitErrors;
    return out;
  }
  diags.add_all(sink.preflight(), options.draft);
  if (diags.has_errors()) {
    out.status = kExitErrors;
    return out;
  }
  out.document = sink.take();
  out.document->info.title = typeset_result.title;
  out.document->info.subject = typeset_result.subject;
  return out;
}

}  // namespace folio
