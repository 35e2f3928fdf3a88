#pragma once
// A font face: one font file (or one face of a collection), loaded once with FreeType and
// HarfBuzz and kept for the whole run. Faces are owned by the FontLibrary; everyone else holds
// `const Face*`, which stays valid as long as the library does.

#include "base/length.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct hb_face_t;
struct hb_font_t;
struct hb_blob_t;

namespace folio {

// Metrics in font units, as the font declares them (OS/2 typo metrics where present).
struct FaceMetrics {
  int units_per_em = 1000;
  int ascender = 0;   // above the baseline, positive
  int descender = 0;  // below the baseline, negative
  int line_gap = 0;
  int cap_height = 0;
  int x_height = 0;
  int bbox[4] = {0, 0, 0, 0};  // xMin yMin xMax yMax over all glyphs
  double italic_angle = 0;     // degrees, counter-clockwise; negative for a right-leaning italic
  bool fixed_pitch = false;
  bool serif = false;
  bool italic = false;
  bool bold = false;
};

class Face {
 public:
  // Loads the face at `index` of `path`. Returns null and sets `error` when the file cannot be
  // read or is not a font FreeType and HarfBuzz both accept whole (fonts/face_check.h); the
  // error names the file.
  static std::unique_ptr<Face> load(const std::string& path, int index, std::string* error);
  ~Face();
  Face(const Face&) = delete;
  Face& operator=(const Face&) = delete;

  const std::string& path() const { return path_; }
  int index() const { return index_; }
  const std::string& family() const { return family_; }
  const std::string& style_name() const { return style_name_; }
  const std::string& postscript_name() const { return postscript_name_; }
  const FaceMetrics& metrics() const { return metrics_; }
  int units_per_em() const { return metrics_.units_per_em; }
  // True when outlines are CFF (an .otf with a `CFF ` table) rather than TrueType `glyf`.
  bool is_cff() const { return is_cff_; }
  unsigned glyph_count() const { return glyph_count_; }

  // HarfBuzz objects for shaping and subsetting. The font's scale is 1000 per em whatever the
  // face's units per em: shaped advances and offsets come out in whole thousandths of an em, the
  // unit of PDF glyph widths, so the widths a PDF declares are exactly the ones layout used and
  // only real kerning and justification show up as TJ adjustments. They become points once, in
  // to_pt.
  hb_face_t* hb_face() const { return hb_face_; }
  hb_font_t* hb_font() const { return hb_font_; }

  // The nominal glyph for a code point, or 0 (.notdef) when the face has none.
  std::uint32_t glyph_for(char32_t c) const;
  // Horizontal advance of a glyph in thousandths of an em.
  int advance(std::uint32_t glyph) const;
  // Why the glyph cannot be printed ("font file '...' is damaged: glyph 36 does not load"), or
  // nothing when it can (fonts/face_check.h).
  std::optional<std::string> glyph_problem(std::uint32_t glyph) const;

  static constexpr int kUnitsPerEm = 1000;  // the scale of hb_font() and advance()
  static Pt to_pt(double thousandths, Pt size) { return size * (thousandths / kUnitsPerEm); }

 private:
  struct FreeTypeFace;
  Face();
  std::string path_;
  int index_ = 0;
  std::string family_, style_name_, postscript_name_;
  FaceMetrics metrics_;
  bool is_cff_ = false;
  unsigned glyph_count_ = 0;
  hb_blob_t* blob_ = nullptr;
  hb_face_t* hb_face_ = nullptr;
  hb_font_t* hb_font_ = nullptr;
  // The nominal glyphs of the Latin letters (to the end of Latin Extended-B), looked up once at
  // load: the itemizer asks for every character of the text whether its face has it.
  static constexpr char32_t kCachedCodePoints = 0x250;
  std::array<std::uint32_t, kCachedCodePoints> latin_glyphs_{};
  std::unique_ptr<FreeTypeFace> ft_;  // kept for glyph_problem()
};

}  // namespace folio
