#pragma once
// What setting paragraphs needs beyond the paragraph itself, kept for a whole run so fonts are
// found, words shaped and dictionaries loaded once.

#include "fonts/font_library.h"
#include "layout/text/font_cache.h"
#include "layout/text/hyphenator.h"
#include "layout/text/once_reports.h"
#include "layout/text/shape_cache.h"

#include <memory>

namespace folio {

struct LayoutContext {
  // With `sharing`, the context shapes through that context's cache and looks hyphenation
  // patterns up through its hyphenator (both threads that set paragraphs work each word out and
  // hold it once), else through caches of its own.
  explicit LayoutContext(FontLibrary& library, LayoutContext* sharing = nullptr)
      : fonts(library, reported),
        own_shapes(sharing ? nullptr : std::make_unique<ShapeCache>()),
        shapes(sharing ? sharing->shapes : *own_shapes),
        hyphenator(Hyphenator::kDebianDictionaries,
                   sharing ? &sharing->hyphenator.patterns() : nullptr) {}

  // What has been reported, not to be again (declared first: the font cache reports through it).
  OnceReports reported;
  FontCache fonts;
  std::unique_ptr<ShapeCache> own_shapes;  // null when shared
  ShapeCache& shapes;
  Hyphenator hyphenator;
};

}  // namespace folio
