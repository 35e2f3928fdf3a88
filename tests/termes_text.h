#pragma once
// Text set in TeX Gyre Termes for the shaping and paragraph tests: the face, a 10/12 pt body
// style and a paragraph of one run. Termes has the f-ligatures (ff, fi, fl, ffi, ffl) and kerns
// "r" with "m", "n" and the hyphen, so one face gives every case those tests need.

#include "compose/blocks.h"
#include "fonts/font_library.h"
#include "layout/lines/line.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace folio::test {

inline const Face* termes(FontLibrary& lib) {
  std::string error;
  const Face* f = lib.find({"TeX Gyre Termes", 400, Slant::upright}, &error);
  REQUIRE(f);
  return f;
}

inline ParagraphStyle termes_body(Align align) {
  ParagraphStyle s;
  s.name = "body";
  s.text.font = {"TeX Gyre Termes", 400, Slant::upright};
  s.text.size = Pt(10);
  s.leading = StyleLength::points(12);
  s.align = align;
  // Glyphs at the face's own widths, so that tests can place them exactly: font expansion has
  // tests of its own (line_adjustment_test.cc).
  s.breaking.expansion = 0;
  return s;
}

// `text` as one en-US run in `style`'s text format.
inline Paragraph one_run_paragraph(const ParagraphStyle& style, const std::string& text) {
  StyledRun run;
  run.text = text;
  run.format = style.text;
  run.lang = "en-US";
  return {&style, {run}, {}, {}, {}};
}

// The gaps between the words of a line: from one word's last glyph's advance (at the line's
// expansion) to the next word's first glyph.
inline std::vector<double> word_gaps(const Line& line) {
  std::vector<double> gaps;
  double word_end = -1;
  bool in_space = false;
  for (const GlyphRun& run : line.runs) {
    for (const PlacedGlyph& g : run.glyphs) {
      const double x = (run.x + g.x).value();
      if (run.text[g.cluster] == ' ') {
        in_space = true;
        continue;
      }
      if (in_space && word_end >= 0) gaps.push_back(x - word_end);
      in_space = false;
      word_end = x + Face::to_pt(run.face->advance(g.glyph), run.size).value() * run.expansion;
    }
  }
  return gaps;
}

}  // namespace folio::test
