#include "fonts/face.h"

#include "fonts/face_check.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_TRUETYPE_TABLES_H
#include <hb-ot.h>
#include <hb.h>

#include <cmath>

namespace folio {

// FreeType reads the face's names and declared metrics and checks its glyphs; shaping and
// measuring go through HarfBuzz on the same bytes.
struct Face::FreeTypeFace {
  FT_Library library = nullptr;
  FT_Face face = nullptr;
  ~FreeTypeFace() {
    if (face) FT_Done_Face(face);
    if (library) FT_Done_FreeType(library);
  }
};

namespace {

void read_metrics(FT_Face ft, FaceMetrics& m) {
  m.units_per_em = ft->units_per_EM ? ft->units_per_EM : 1000;
  m.ascender = ft->ascender;
  m.descender = ft->descender;
  m.line_gap = ft->height - ft->ascender + ft->descender;
  m.bbox[0] = static_cast<int>(ft->bbox.xMin);
  m.bbox[1] = static_cast<int>(ft->bbox.yMin);
  m.bbox[2] = static_cast<int>(ft->bbox.xMax);
  m.bbox[3] = static_cast<int>(ft->bbox.yMax);
  m.fixed_pitch = FT_IS_FIXED_WIDTH(ft);
  m.italic = ft->style_flags & FT_STYLE_FLAG_ITALIC;
  m.bold = ft->style_flags & FT_STYLE_FLAG_BOLD;
  if (auto* os2 = static_cast<TT_OS2*>(FT_Get_Sfnt_Table(ft, FT_SFNT_OS2))) {
    if (os2->sTypoAscender != 0 || os2->sTypoDescender != 0) {
      m.ascender = os2->sTypoAscender;
      m.descender = os2->sTypoDescender;
      m.line_gap = os2->sTypoLineGap;
    }
    if (os2->version >= 2) {
      m.cap_height = os2->sCapHeight;
      m.x_height = os2->sxHeight;
    }
    // IBM family class 1-5 and 7 are the serif classes; 8 is sans serif.
    int family_class = os2->sFamilyClass >> 8;
    m.serif = (family_class >= 1 && family_class <= 5) || family_class == 7;
  }
  if (m.cap_height == 0) m.cap_height = static_cast<int>(std::lround(m.ascender * 0.9));
  if (m.x_height == 0) m.x_height = m.cap_height * 2 / 3;
  if (auto* post = static_cast<TT_Postscript*>(FT_Get_Sfnt_Table(ft, FT_SFNT_POST))) {
    m.italic_angle = post->italicAngle / 65536.0;
  }
}

}  // namespace

std::unique_ptr<Face> Face::load(const std::string& path, int index, std::string* error) {
  auto owned_ft = std::make_unique<FreeTypeFace>();
  FreeTypeFace& ft = *owned_ft;
  if (FT_Init_FreeType(&ft.library) != 0) {
    *error = "cannot initialise FreeType";
    return nullptr;
  }
  if (FT_New_Face(ft.library, path.c_str(), index, &ft.face) != 0) {
    *error = "cannot load font file '" + path + "'";
    return nullptr;
  }
  if (!FT_IS_SFNT(ft.face)) {
    *error = "'" + path + "' is not an OpenType or TrueType font";
    return nullptr;
  }

  std::unique_ptr<Face> face(new Face());
  face->ft_ = std::move(owned_ft);
  face->path_ = path;
  face->index_ = index;
  face->family_ = ft.face->family_name ? ft.face->family_name : "";
  face->style_name_ = ft.face->style_name ? ft.face->style_name : "";
  const char* ps = FT_Get_Postscript_Name(ft.face);
  face->postscript_name_ = ps ? ps : "";
  face->glyph_count_ = static_cast<unsigned>(ft.face->num_glyphs);
  read_metrics(ft.face, face->metrics_);

  face->blob_ = hb_blob_create_from_file_or_fail(path.c_str());
  if (!face->blob_) {
    *error = "cannot read font file '" + path + "'";
    return nullptr;
  }
  face->hb_face_ = hb_face_create(face->blob_, static_cast<unsigned>(index));
  face->hb_font_ = hb_font_create(face->hb_face_);
  hb_font_set_scale(face->hb_font_, kUnitsPerEm, kUnitsPerEm);
  hb_blob_t* cff = hb_face_reference_table(face->hb_face_, HB_TAG('C', 'F', 'F', ' '));
  face->is_cff_ = hb_blob_get_length(cff) > 0;
  hb_blob_destroy(cff);
  unsigned size = 0;
  const char* bytes = hb_blob_get_data(face->blob_, &size);
  if (std::optional<std::string> problem =
          face_problem({bytes, size}, index, ft.face, face->hb_face_, face->hb_font_)) {
    *error = "font file '" + path + "' is damaged: " + *problem;
    return nullptr;
  }
  for (char32_t c = 0; c < kCachedCodePoints; ++c) {
    hb_codepoint_t glyph = 0;
    face->latin_glyphs_[c] = hb_font_get_nominal_glyph(face->hb_font_, c, &glyph) ? glyph : 0;
  }
  return face;
}

std::optional<std::string> Face::glyph_problem(std::uint32_t glyph) const {
  std::optional<std::string> problem = folio::glyph_problem(ft_->face, hb_font_, glyph);
  if (!problem) return std::nullopt;
  return "font file '" + path_ + "' is damaged: " + *problem;
}

Face::Face() = default;

Face::~Face() {
  hb_font_destroy(hb_font_);
  hb_face_destroy(hb_face_);
  hb_blob_destroy(blob_);
}

std::uint32_t Face::glyph_for(char32_t c) const {
  if (c < kCachedCodePoints) return latin_glyphs_[c];
  hb_codepoint_t glyph = 0;
  return hb_font_get_nominal_glyph(hb_font_, c, &glyph) ? glyph : 0;
}

int Face::advance(std::uint32_t glyph) const {
  return hb_font_get_glyph_h_advance(hb_font_, glyph);
}

}  // namespace folio
