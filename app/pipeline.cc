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

std::optional<Prepared> prepare(const PipelineOptions& options, Diagnostics& diags,
                                bool* unselected) {
  ScopedStage stage(Stage::read);
  std::optional<CheckedIssue> checked =
      read_checked_issue(options.input, diags, options.draft, unselected);
  if (!checked || diags.has_errors()) return std::nullopt;
  std::optional<Style> style = choose_stylesheet(options.style_path, checked->issue, diags);
  if (!style) return std::nullopt;
  return Prepared{std::move(*checked), std::move(*style)};
}

Pipeline lay_out_issue(const Prepared& prepared, bool draft, FontLibrary& fonts,
                       Diagnostics& diags) {
  Pipeline out;
  DocumentSink sink;
  const TypesetResult result = typeset(prepared.checked.issue, prepared.style, fonts, diags, sink);
  if (!result.moving.empty()) {
    out.status = kExitUnsettled;
    return out;
  }
  diags.add_all(sink.preflight(), draft);
  if (!result.laid_out || diags.has_errors()) {
    out.status = kExitErrors;
    return out;
  }
  out.document = sink.take();
  out.document->info.title = result.title;
  out.document->info.subject = result.subject;
  return out;
}

Pipeline run_pipeline(const PipelineOptions& options, std::unique_ptr<FontLibrary>& fonts,
                      Diagnostics& diags) {
  bool unselected = false;
  std::optional<Prepared> prepared = prepare(options, diags, &unselected);
  if (!prepared) return {std::nullopt, unselected ? kExitSelection : kExitErrors};
  fonts = std::make_unique<FontLibrary>();
  return lay_out_issue(*prepared, options.draft, *fonts, diags);
}

}  // namespace folio
