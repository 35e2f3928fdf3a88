#pragma once
// What setting paragraphs needs beyond the paragraph itself, kept for a whole run so fonts are
// found, words shaped and dictionaries loaded once.

#include "fonts/font_library.h"
#include "layout/text/font_cache.h"
#include "layout/text/hyphenator.h"
#include "layout/text/once_reports.h"
#include "layout/text/shape_cache.h"

namespace folio {

struct LayoutContext {
  explicit LayoutContext(FontLibrary& library) : fonts(library, reported) {}

  // What has been reported, not to be again (declared first: the font cache reports through it).
  OnceReports reported;
  FontCache fonts;
  ShapeCache shapes;
  Hyphenator hyphenator;
};

}  // namespace folio
