#include "app/typeset.h"

#include "base/activity.h"
#include "base/limits.h"
#include "base/stage_times.h"
#include "compose/compose.h"
#include "layout/pages/layout.h"

#include <algorithm>

namespace folio {
namespace {

// A part's pages kept back until the folios it shows are known to be right.
class HeldPages : public PageSink {
 public:
  void page(Page&& page, std::size_t index) override { pages_.push_back({std::move(page), index}); }
  void bookmark(const OutlineEntry& entry) override { bookmarks_.push_back(entry); }
  void release(PageSink& to) {
    for (auto& [page, index] : pages_) to.page(std::move(page), index);
    for (const OutlineEntry& e : bookmarks_) to.bookmark(e);
    pages_.clear();
    bookmarks_.clear();
  }

 private:
  std::vector<std::pair<Page, std::size_t>> pages_;
  std::vector<OutlineEntry> bookmarks_;
};

struct Held {
  std::size_t part = 0;
  std::size_t first = 0;  // its first page's index
  PartPages pages;
  HeldPages sink;
  Diagnostics diags;
};

std::optional<ComposedIssue> compose_issue(const Issue& issue, const Style& style,
                                           const PartFolios& folios, Diagnostics& diags) {
  ScopedStage stage(Stage::compose);
  return compose(issue, style, folios, diags);
}

}  // namespace

TypesetResult typeset(const Issue& issue, const Style& style, FontLibrary& fonts,
                      Diagnostics& diags, IssueSink& sink) {
  TypesetResult result;
  LayoutContext context(fonts);
  for (const HyphenationException& e : issue.hyphenation) {
    context.hyphenator.add_exception(e.lang, e.word);  // once for the whole issue
  }
  PartFolios assumed;  // nothing known before the first layout
  const Activity laying_out("laying out the pages");
  for (int layout = 1; layout <= kMaxLayouts; ++layout) {
    Diagnostics found;
    std::optional<ComposedIssue> composed = compose_issue(issue, style, assumed, found);
    if (!composed) {
      diags.add_all(found);
      return result;
    }
    result.title = composed->title;
    result.subject = composed->subject;
    DocumentInfo info;
    info.title = composed->title;
    info.subject = composed->subject;
    sink.document(info);
    // Warnings are said once per layout: each layout reports to its own diagnostics.
    context.languages_warned.clear();
    context.characters_warned.clear();
    std::vector<Diagnostics> part_diags(composed->parts.size());
    std::vector<Held> held;
    held.reserve(composed->parts.size());
    PartFolios folios;
    std::size_t index = 0;
    for (std::size_t i = 0; i < composed->parts.size(); ++i) {
      const ComposedPart& part = composed->parts[i];
      PartPages pages;
      if (part.shows_folios) {
        Held& h = held.emplace_back();
        h.part = i;
        h.first = index;
        h.pages = lay_out_part(part, index, context, h.diags, h.sink);
        pages = h.pages;
      } else {
        pages = lay_out_part(part, index, context, part_diags[i], sink);
      }
      folios[part.kind] = pages.opening_label;
      index += pages.count;
    }
    // A held part that showed other folios than the ones that came out is set again alone; as
    // long as its length stays, no other part moves.
    bool settled = true;
    if (folios != assumed) {
      for (Held& h : held) {
        Diagnostics again;
        std::optional<ComposedPart> part;
        {
          ScopedStage stage(Stage::compose);
          part = compose_part(issue, style, h.part, folios, again);
        }
        if (!part) {
          diags.add_all(again);
          return result;
        }
        h.sink = HeldPages();
        const PartPages pages = lay_out_part(*part, h.first, context, again, h.sink);
        h.diags = std::move(again);
        if (pages.count != h.pages.count) settled = false;
      }
    }
    if (settled) {
      for (Held& h : held) {
        h.sink.release(sink);
        part_diags[h.part] = std::move(h.diags);
      }
      diags.add_all(found);
      for (const Diagnostics& d : part_diags) diags.add_all(d);
      result.laid_out = !diags.has_errors();
      result.pages = index;
      return result;
    }
    if (layout == kMaxLayouts) {
      for (const auto& [kind, folio] : folios) {
        auto before = assumed.find(kind);
        if (before == assumed.end() || before->second != folio) result.moving.push_back(kind);
      }
      std::string names;
      for (const std::string& kind : result.moving) names += (names.empty() ? "" : ", ") + kind;
      diags.error({}, "the folios of the contents' entries did not settle after " +
                          std::to_string(kMaxLayouts) + " layouts; still moving: " + names);
      return result;
    }
    assumed = std::move(folios);
    sink.restart();
  }
  return result;
}

}  // namespace folio
