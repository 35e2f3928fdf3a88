#include "app/typeset.h"

#include "base/activity.h"
#include "base/limits.h"
#include "base/stage_times.h"
#include "compose/compose.h"
#include "layout/pages/layout.h"
#include "stylesheets/default_hyphenation.h"

#include <algorithm>
#include <optional>

namespace folio {
namespace {

// Where the first layout of a part that shows other parts' folios goes: nowhere. Only its length
// is wanted, to place the parts after it; it is set for real once their folios are known.
class DiscardedPages : public PageSink {
 public:
  void page(Page&&, std::size_t) override {}
  void bookmark(const OutlineEntry&) override {}
};

// The pages of a part set for real into the room its first setting took: should it come out
// longer, the issue is laid out again anyway, and its extra pages would fall on the pages of the
// part after it, already handed on.
class WithinRoom : public PageSink {
 public:
  WithinRoom(PageSink& to, std::size_t end) : to_(to), end_(end) {}
  void page(Page&& page, std::size_t index) override {
    if (index < end_) to_.page(std::move(page), index);
  }
  void bookmark(const OutlineEntry& entry) override {
    if (entry.page < end_) to_.bookmark(entry);
  }

 private:
  PageSink& to_;
  std::size_t end_;
};

// A part set before the folios it shows were known.
struct Pending {
  std::size_t part = 0;
  std::size_t first = 0;  // its first page's index
  std::size_t count = 0;  // its pages, blank verso included, when it was set
};

// Once for the whole issue: folio's words for what the patterns get wrong, below the house's
// words, then the issue's, which override them. Every context that sets the issue's text is
// configured here, so that a paragraph is hyphenated alike whichever sets it.
void configure(LayoutContext& context, const Issue& issue, const Style& style) {
  for (const HyphenationWord& w : default_hyphenation())
    context.hyphenator.add_default_exception(w.lang, w.word);
  for (const HyphenationWord& w : style.hyphenation)
    context.hyphenator.add_exception(w.lang, w.word);
  for (const HyphenationException& e : issue.hyphenation) {
    context.hyphenator.add_exception(e.lang, e.word);
  }
}

}  // namespace

TypesetResult typeset(const Issue& issue, const Style& style, FontLibrary& fonts,
                      Diagnostics& diags, IssueSink& sink, LayoutThreads threads) {
  TypesetResult result;
  LayoutContext context(fonts);
  configure(context, issue, style);
  // The context of the paragraphs set ahead of the pages, on a thread of their own; the two
  // share their shaped words and what the hyphenation patterns gave.
  std::optional<LayoutContext> ahead;
  if (threads == LayoutThreads::two) configure(ahead.emplace(fonts, &context), issue, style);
  LayoutContext* const setting_ahead = ahead ? &*ahead : nullptr;
  PartFolios assumed;  // nothing known before the first layout
  const Activity laying_out("laying out the pages");
  for (int layout = 1; layout <= kMaxLayouts; ++layout) {
    Diagnostics found;
    // Each part is composed as its turn comes and let go once laid out: a long issue's parts
    // are never all held at once.
    IssueComposer composer(issue, style, assumed, found);
    const ComposedIssue& header = composer.header();
    result.title = header.title;
    result.subject = header.subject;
    DocumentInfo info;
    info.title = header.title;
    info.subject = header.subject;
    sink.document(info);
    // Once-only reports are said once per layout: each layout reports to its own diagnostics,
    // and only the last layout's are kept. (A font not found is an error: were it said in an
    // earlier layout only, the build would succeed without the text it drops.)
    context.reported = OnceReports();
    std::vector<Diagnostics> part_diags;
    std::vector<Pending> pending;
    PartFolios folios;
    std::size_t index = 0;
    bool composed = true;
    for (std::size_t i = 0;; ++i) {
      std::optional<ComposedPart> part;
      {
        ScopedStage stage(Stage::compose);
        if (!composer.next(part)) break;
      }
      part_diags.emplace_back();
      // After an error the rest are composed only for what they report.
      composed = composed && part.has_value();
      if (!composed) continue;
      PartPages pages;
      if (part->shows_folios) {
        // Set only for its length: no page of it is kept, however long the contents. What it
        // would warn about is said when it is set for real, so the context forgets it was said.
        Diagnostics ignored;
        DiscardedPages nowhere;
        const OnceReports said = context.reported;
        pages = lay_out_part(*part, index, context, ignored, nowhere, setting_ahead);
        context.reported = said;
        pending.push_back({i, index, pages.count});
      } else {
        pages = lay_out_part(*part, index, context, part_diags[i], sink, setting_ahead);
      }
      folios[part->kind] = pages.opening_label;
      index += pages.count;
    }
    if (!composer.finish() || !composed) {
      diags.add_all(found);
      return result;
    }
    // Each part that shows folios is set again, alone, with the folios that came out; as long as
    // its length stays, no other part moves, and its pages go out now, after the parts that
    // follow it.
    bool settled = true;
    for (const Pending& p : pending) {
      // Composed again, with the folios that came out: what composing it says was said the
      // first time, unless it now fails.
      std::optional<ComposedPart> part;
      Diagnostics again;
      {
        ScopedStage stage(Stage::compose);
        part = compose_part(issue, style, p.part, folios, again);
      }
      if (!part) {
        diags.add_all(again);
        return result;
      }
      WithinRoom room(sink, p.first + p.count);
      const PartPages pages =
          lay_out_part(*part, p.first, context, part_diags[p.part], room, setting_ahead);
      if (pages.count != p.count) settled = false;
    }
    if (settled) {
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
