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
  // With `shared`, the context shapes through that cache (another context's: both threads that
  // set paragraphs hold each word once), else through a cache of its own.
  explicit LayoutContext(FontLibrary& library, ShapeCache* shared = nullptr)
      : fonts(library, reported),
        own_shapes(shared ? nullptr : std::make_unique<ShapeCache>()),
        shapes(shared ? *shared : *own_shapes) {}

  // What has been reported, not to be again (declared first: the font cache reports through it).
  OnceReports reported;
  FontCache fonts;
  std::unique_ptr<ShapeCache> own_shapes;  // null when shared
  ShapeCache& shapes;
  Hyphenator hyphenator;
};

}  // namespace folio
