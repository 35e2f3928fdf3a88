#pragma once
// Shaping: text in one face, size, language and feature set becomes glyphs with advances and
// offsets, through HarfBuzz. Kerning and standard ligatures are on by default (HarfBuzz's
// defaults); other OpenType features are asked for by tag.

#include "base/length.h"
#include "fonts/face.h"
#include "fonts/font_spec.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace folio {

struct ShapedGlyph {
  std::uint32_t glyph = 0;
  std::uint32_t cluster = 0;  // byte offset of the cluster's first character in the text
  Pt advance;
  Pt x_offset;
  Pt y_offset;
};

struct ShapedText {
  std::vector<ShapedGlyph> glyphs;
  Pt width;  // sum of advances
};

struct ShapeRequest {
  const Face* face = nullptr;
  Pt size;
  std::string_view language;  // BCP 47; empty: HarfBuzz's default
  const std::vector<FontFeature>* features = nullptr;
};

// Shapes left-to-right Latin, Greek or Cyrillic text (the scripts folio sets today).
ShapedText shape(const ShapeRequest& request, std::string_view text);

}  // namespace folio
