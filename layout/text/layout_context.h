#pragma once
// What setting paragraphs needs beyond the paragraph itself, kept for a whole run so fonts are
// found, words shaped and dictionaries loaded once.

#include "fonts/font_library.h"
#include "layout/text/font_cache.h"
#include "layout/text/hyphenator.h"
#include "layout/text/shape_cache.h"

#include <set>
#include <string>

namespace folio {

struct LayoutContext {
  explicit LayoutContext(FontLibrary& library) : fonts(library) {}

  FontCache fonts;
  ShapeCache shapes;
  Hyphenator hyphenator;
  // Reported once each: languages with no dictionary, characters no font has.
  std::set<std::string> languages_warned;
  std::set<char32_t> characters_warned;
};

}  // namespace folio
