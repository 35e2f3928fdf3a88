#include "fonts/face_check.h"

#include FT_OUTLINE_H

#include <cstdint>
#include <cstdio>

namespace folio {
namespace {

std::uint32_t be32(std::string_view b, std::size_t at) {
  auto u = [&](std::size_t i) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(b[i]));
  };
  return u(at) << 24 | u(at + 1) << 16 | u(at + 2) << 8 | u(at + 3);
}
std::uint32_t be16(std::string_view b, std::size_t at) {
  auto u = [&](std::size_t i) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(b[i]));
  };
  return u(at) << 8 | u(at + 1);
}

std::string tag_text(std::uint32_t tag) {
  std::string out(4, ' ');
  for (int i = 0; i < 4; ++i)
    out[static_cast<std::size_t>(i)] = static_cast<char>(tag >> (24 - 8 * i));
  return out;
}

// Every table the directory lists lies inside the file: a truncated file fails here, where
// FreeType would open it and fail only when a missing table is first needed.
std::optional<std::string> directory_problem(std::string_view bytes, int index) {
  std::size_t start = 0;
  if (bytes.size() >= 12 && bytes.substr(0, 4) == "ttcf") {
    const std::uint32_t faces = be32(bytes, 8);
    if (index < 0 || static_cast<std::uint32_t>(index) >= faces ||
        12 + 4 * static_cast<std::size_t>(faces) > bytes.size())
      return "its collection header is cut short";
    start = be32(bytes, 12 + 4 * static_cast<std::size_t>(index));
  }
  if (start + 12 > bytes.size()) return "its table directory is cut short";
  const std::uint32_t tables = be16(bytes, start + 4);
  if (start + 12 + 16 * static_cast<std::size_t>(tables) > bytes.size())
    return "its table directory is cut short";
  for (std::uint32_t i = 0; i < tables; ++i) {
    const std::size_t record = start + 12 + 16 * static_cast<std::size_t>(i);
    const std::uint64_t offset = be32(bytes, record + 8), length = be32(bytes, record + 12);
    if (offset + length > bytes.size()) {
      return "table '" + tag_text(be32(bytes, record)) +
             "' runs past the end of the file (the file is truncated)";
    }
  }
  return std::nullopt;
}

// Characters that may have no outline: spaces and the invisible format characters.
bool may_be_blank(char32_t c) {
  return c == 0x20 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200F) ||
         (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x2064) || c == 0x3000 ||
         c == 0xFEFF || c == 0xAD || c == 0x9 || c == 0xA || c == 0xD;
}

bool is_blank_glyph(hb_font_t* font, std::uint32_t glyph) {
  static constexpr char32_t kBlank[] = {0x20,   0xA0,   0xAD,   0x1680, 0x2000, 0x2001, 0x2002,
                                        0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
                                        0x200A, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2028,
                                        0x2029, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF};
  for (char32_t c : kBlank) {
    hb_codepoint_t g = 0;
    if (may_be_blank(c) && hb_font_get_nominal_glyph(font, c, &g) && g == glyph) return true;
  }
  // A glyph that takes no room draws nothing whether it has an outline or not.
  return hb_font_get_glyph_h_advance(font, glyph) == 0;
}

}  // namespace

std::optional<std::string> glyph_problem(FT_Face ft, hb_font_t* hb_font, std::uint32_t glyph) {
  if (glyph == 0) return std::nullopt;  // .notdef: a missing character, which layout reports
  const FT_Error error =
      FT_Load_Glyph(ft, glyph, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP);
  char code[16];
  std::snprintf(code, sizeof code, "0x%02X", static_cast<unsigned>(error));
  if (error != 0)
    return "glyph " + std::to_string(glyph) + " does not load (FreeType error " + code + ")";
  const FT_GlyphSlot slot = ft->glyph;
  if (slot->format != FT_GLYPH_FORMAT_OUTLINE || slot->outline.n_points == 0) {
    if (is_blank_glyph(hb_font, glyph)) return std::nullopt;
    return "glyph " + std::to_string(glyph) + " has no outline";
  }
  if (FT_Outline_Check(&slot->outline) != 0)
    return "glyph " + std::to_string(glyph) + " has a malformed outline";
  // The head table's box covers every glyph; one em of slack for fonts that round it.
  FT_BBox box;
  FT_Outline_Get_CBox(&slot->outline, &box);
  const FT_Pos slack = ft->units_per_EM;
  if (box.xMin < ft->bbox.xMin - slack || box.yMin < ft->bbox.yMin - slack ||
      box.xMax > ft->bbox.xMax + slack || box.yMax > ft->bbox.yMax + slack) {
    return "glyph " + std::to_string(glyph) + " lies outside the font's bounding box";
  }
  hb_glyph_extents_t extents;
  if (!hb_font_get_glyph_extents(hb_font, glyph, &extents))
    return "HarfBuzz cannot read the outline of glyph " + std::to_string(glyph);
  return std::nullopt;
}

std::optional<std::string> face_problem(std::string_view bytes, int index, FT_Face ft,
                                        hb_face_t* hb_face, hb_font_t* hb_font) {
  if (std::optional<std::string> p = directory_problem(bytes, index)) return p;
  // HarfBuzz sanitizes a table when it first reads it and treats a rejected one as absent, so
  // a garbled maxp, head or cmap shows as a disagreement with FreeType or as no characters.
  if (hb_face_get_glyph_count(hb_face) != static_cast<unsigned>(ft->num_glyphs))
    return "FreeType and HarfBuzz disagree on its number of glyphs (a damaged 'maxp' table)";
  if (hb_face_get_upem(hb_face) != ft->units_per_EM)
    return "FreeType and HarfBuzz disagree on its units per em (a damaged 'head' table)";
  hb_set_t* characters = hb_set_create();
  hb_face_collect_unicodes(hb_face, characters);
  const bool none = hb_set_is_empty(characters);
  hb_set_destroy(characters);
  if (none) return "it maps no characters to glyphs (a missing or damaged 'cmap' table)";
  // The basic Latin glyphs it has must draw: a cheap test of the outline tables at load.
  for (char32_t c = 0x21; c < 0x7F; ++c) {
    hb_codepoint_t glyph = 0;
    if (!hb_font_get_nominal_glyph(hb_font, c, &glyph)) continue;
    if (std::optional<std::string> p = glyph_problem(ft, hb_font, glyph)) return p;
  }
  return std::nullopt;
}

}  // namespace folio
