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
  // Offsets place marks and cursive joins, a few points at most: in single precision they are
  // exact to a millionth of a point, and a glyph takes 24 bytes instead of 32 (a paragraph of
  // 200,000 words holds 1.3 million of them).
  float dx = 0;
  float dy = 0;

  Pt x_offset() const { return Pt(dx); }
  Pt y_offset() const { return Pt(dy); }
};

struct ShapedText {
  std::vector<ShapedGlyph> glyphs;
  Pt width;  // sum of advances
  // The clusters of the glyphs HarfBuzz flags HB_GLYPH_FLAG_UNSAFE_TO_BREAK, ascending: cut
  // before one and shape the two sides apart, and the glyphs around the cut change (a kern or a
  // contextual substitution reaches across it). Few: most of a word's glyphs are safe.
  std::vector<std::uint32_t> unsafe_to_break;

  // The first glyph whose cluster is at or after byte `offset` (glyphs.size() if none).
  std::size_t glyph_at(std::uint32_t offset) const;
  // Whether the text may be cut before byte `offset` (inside it) with the glyphs on both sides
  // kept as they are: a glyph starts there, not inside a ligature, and HarfBuzz does not flag it.
  bool safe_to_break(std::uint32_t offset) const;
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
