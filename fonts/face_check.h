#pragma once
// Whether a font file is whole enough to print with. fontconfig lists a font whose tables are
// garbled as long as its names can be read; printing it gives a PDF whose glyphs a RIP cannot
// draw. So a face is checked when it is loaded (its table directory inside the file, HarfBuzz's
// sanitizer accepting the tables folio uses, FreeType and HarfBuzz agreeing on them, the basic
// Latin glyphs it maps loading with outlines), and every glyph the text uses is checked again
// before the face is embedded (fonts/subset.h).

#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb.h>

#include <optional>
#include <string>
#include <string_view>

namespace folio {

// What is wrong with the face, or nothing. `bytes` is the whole file, `index` the face in it.
std::optional<std::string> face_problem(std::string_view bytes, int index, FT_Face ft,
                                        hb_face_t* hb_face, hb_font_t* hb_font);

// What is wrong with one glyph: it does not load, its outline is malformed or lies outside the
// font's bounding box, or it has none although it is not a space. Nothing when it is fine.
std::optional<std::string> glyph_problem(FT_Face ft, hb_font_t* hb_font, std::uint32_t glyph);

}  // namespace folio
