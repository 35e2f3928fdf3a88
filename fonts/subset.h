#pragma once
// Font subsetting with hb-subset: the font program a PDF embeds holds only the glyphs its pages
// use. Glyph ids are renumbered densely; the map from old to new ids comes back with the bytes,
// so the writer can address glyphs in the subset directly.

#include "fonts/face.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace folio {

struct FontSubset {
  // For TrueType outlines: a complete TrueType font (for /FontFile2). For CFF outlines: the bare
  // `CFF ` table (for /FontFile3 /CIDFontType0C), which PDF 1.3 readers already understand.
  std::string program;
  bool cff = false;
  std::map<std::uint32_t, std::uint32_t> new_glyph;  // old glyph id -> glyph id in `program`
  std::map<std::uint32_t, int> advance;              // new glyph id -> advance, 1/1000 em
};

// Subsets `face` to `glyphs` (glyph 0 is always kept); fails, naming the font file, when one of
// them cannot be printed (Face::glyph_problem). Layout tables (GSUB, GPOS, GDEF, kern)
// are dropped: shaping is done, and the PDF needs only outlines and metrics.
std::optional<FontSubset> subset_face(const Face& face, const std::vector<std::uint32_t>& glyphs,
                                      std::string* error);

}  // namespace folio
