#pragma once
// Writes a page's display items as PDF content-stream operators. Glyphs are shown by their
// font's codes (pdf/font_codes.h) with TJ; every glyph lands where layout put it, with the
// difference from the font's own advance written as a TJ adjustment, tracked cumulatively so
// rounding never adds up along a line.

#include "base/color.h"
#include "layout/pages/page.h"
#include "pdf/font_codes.h"
#include "pdf/glyph_text.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace folio::pdf {

// How one embedded font is addressed from a content stream.
struct FontResource {
  std::string name;       // resource name, "FT1"
  FontCodes* codes;       // glyph -> code, given out as glyphs first appear
  const GlyphText* text;  // the glyphs' ToUnicode texts
};

class ContentStream {
 public:
  // `margin` shifts the trimmed page's origin to where it sits on the media box.
  explicit ContentStream(Pt margin);

  void add(const GlyphRun& run, const FontResource& font);
  void add(const Rule& rule);

  // The operators written so far, with every open object closed.
  std::string finish();

 private:
  void begin_text();
  void end_text();
  void set_fill(const Color& color);
  void open_array();
  void close_array();
  void show(std::uint32_t code);
  void adjust(double thousandths);

  std::string out_;
  bool shifted_ = false;
  bool in_text_ = false;
  bool in_array_ = false;
  bool in_string_ = false;
  std::optional<Color> fill_;
  std::string font_name_;
  double font_size_ = 0;
};

}  // namespace folio::pdf
