#include "layout/text/shaper.h"

#include "fonts/font_library.h"
#include "tests/termes_text.h"

#include <catch2/catch.hpp>

using namespace folio;
using folio::test::termes;

TEST_CASE("standard ligatures are on by default and keep their cluster", "[shaping]") {
  FontLibrary lib;
  const Face* face = termes(lib);
  ShapedText s = shape({face, Pt(10), "en", nullptr}, "office");
  // o + ffi ligature + c + e
  REQUIRE(s.glyphs.size() == 4);
  CHECK(s.glyphs[1].cluster == 1);
  CHECK(s.glyphs[2].cluster == 4);
  CHECK(s.glyphs[1].glyph != face->glyph_for('f'));
  CHECK(s.glyphs[1].glyph != face->glyph_for('i'));

  std::vector<FontFeature> no_liga = {{"liga", 0}};
  ShapedText plain = shape({face, Pt(10), "en", &no_liga}, "office");
  CHECK(plain.glyphs.size() == 6);
}

TEST_CASE("kerning tightens AV", "[shaping]") {
  FontLibrary lib;
  const Face* face = termes(lib);
  ShapedText s = shape({face, Pt(10), "en", nullptr}, "AV");
  REQUIRE(s.glyphs.size() == 2);
  const Pt nominal = Face::to_pt(face->advance(face->glyph_for('A')), Pt(10));
  CHECK(s.glyphs[0].advance < nominal);  // the pair kern shortens A's advance
  std::vector<FontFeature> no_kern = {{"kern", 0}};
  ShapedText unkerned = shape({face, Pt(10), "en", &no_kern}, "AV");
  CHECK(unkerned.glyphs[0].advance == nominal);
}

TEST_CASE("features on request: small caps and old-style figures", "[shaping]") {
  FontLibrary lib;
  const Face* face = termes(lib);
  std::vector<FontFeature> smcp = {{"smcp", 1}};
  ShapedText sc = shape({face, Pt(10), "en", &smcp}, "o");
  REQUIRE(sc.glyphs.size() == 1);
  CHECK(sc.glyphs[0].glyph != face->glyph_for('o'));
  std::vector<FontFeature> onum = {{"onum", 1}};
  ShapedText figures = shape({face, Pt(10), "en", &onum}, "5");
  CHECK(figures.glyphs[0].glyph != face->glyph_for('5'));
}

TEST_CASE("advances scale with the size, in points", "[shaping]") {
  FontLibrary lib;
  const Face* face = termes(lib);
  ShapedText at10 = shape({face, Pt(10), "en", nullptr}, "Jönsson");
  ShapedText at20 = shape({face, Pt(20), "en", nullptr}, "Jönsson");
  CHECK(at20.width.value() == Approx(2 * at10.width.value()));
  CHECK(at10.width > Pt(25));
  CHECK(at10.width < Pt(40));
}

TEST_CASE("HarfBuzz's unsafe-to-break flags mark kerned pairs, and ligatures have no inside",
          "[shaping]") {
  FontLibrary lib;
  const Face* face = termes(lib);
  // a ffi r m a t i v e: r and m kern, so a cut before m (byte 5) would change r's advance.
  ShapedText s = shape({face, Pt(10), "en", nullptr}, "affirmative");
  CHECK(s.safe_to_break(4));        // before r
  CHECK_FALSE(s.safe_to_break(5));  // before m
  CHECK(s.safe_to_break(6));        // before a
  CHECK(s.safe_to_break(1));        // before the ffi ligature ...
  CHECK_FALSE(s.safe_to_break(2));  // ... but not inside it
  CHECK(s.glyph_at(2) == 2);        // the first glyph after byte 2 is r's
  // Without kerning nothing reaches across a cut.
  std::vector<FontFeature> no_kern = {{"kern", 0}};
  ShapedText unkerned = shape({face, Pt(10), "en", &no_kern}, "affirmative");
  CHECK(unkerned.unsafe_to_break.empty());
}
