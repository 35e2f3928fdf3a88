#include "fonts/font_library.h"
#include "fonts/subset.h"
#include "tests/broken_fonts.h"

#include <catch2/catch.hpp>
#include <hb.h>

#include <cmath>

using namespace folio;

TEST_CASE("fonts are found by family, weight and slant", "[fonts]") {
  FontLibrary lib;
  std::string error;
  const Face* termes = lib.find({"TeX Gyre Termes", 400, Slant::upright}, &error);
  REQUIRE(termes);
  CHECK(termes->family() == "TeX Gyre Termes");
  CHECK(termes->is_cff());
  CHECK(termes->postscript_name() == "TeXGyreTermes-Regular");

  const Face* bold_italic = lib.find({"TeX Gyre Termes", 700, Slant::italic}, &error);
  REQUIRE(bold_italic);
  CHECK(bold_italic->postscript_name() == "TeXGyreTermes-BoldItalic");
  CHECK(bold_italic->metrics().italic_angle < 0);

  const Face* gentium = lib.find({"Gentium Book Plus", 400, Slant::upright}, &error);
  REQUIRE(gentium);
  CHECK_FALSE(gentium->is_cff());
  CHECK(gentium->units_per_em() != 1000);  // so the test below checks the scale, not luck

  // The same request gives the same face object: each file is opened once.
  CHECK(lib.find({"TeX Gyre Termes", 400, Slant::upright}, &error) == termes);
}

TEST_CASE("a missing family is an error naming it, not a silent substitute", "[fonts]") {
  FontLibrary lib;
  std::string error;
  CHECK_FALSE(lib.find({"No Such Family Anywhere", 400, Slant::upright}, &error));
  CHECK_THAT(error, Catch::Contains("font family 'No Such Family Anywhere' not found"));
  CHECK_THAT(error, Catch::Contains("fontconfig offered"));
}

TEST_CASE("a face the family lacks is an error, not a faux substitute", "[fonts]") {
  FontLibrary lib;
  std::string error;
  // Gentium Book Plus comes in book (500) and extra-bold (800) weights only: nothing thin.
  CHECK_FALSE(lib.find({"Gentium Book Plus", 100, Slant::upright}, &error));
  CHECK_THAT(error, Catch::Contains("Gentium Book Plus weight 100"));
}

TEST_CASE("a face fontconfig would fake (synthetic bold or oblique) is refused", "[fonts]") {
  FontLibrary lib;
  std::string error;
  // Symbola has a single regular face.
  REQUIRE(lib.find({"Symbola", 400, Slant::upright}, &error));
  CHECK_FALSE(lib.find({"Symbola", 700, Slant::upright}, &error));
  CHECK_THAT(error, Catch::Contains("has no such face"));
  CHECK_FALSE(lib.find({"Symbola", 400, Slant::italic}, &error));
  CHECK_THAT(error, Catch::Contains("Symbola italic"));
}

TEST_CASE("advances are in thousandths of an em whatever the units per em", "[fonts]") {
  FontLibrary lib;
  std::string error;
  const Face* gentium = lib.find({"Gentium Book Plus", 400, Slant::upright}, &error);
  REQUIRE(gentium);
  // Gentium has 2048 units per em: its own advance, rescaled by hand, is what advance() gives.
  const std::uint32_t m = gentium->glyph_for('M');
  hb_font_t* unscaled = hb_font_create(gentium->hb_face());  // scale = units per em
  const int units = hb_font_get_glyph_h_advance(unscaled, m);
  hb_font_destroy(unscaled);
  CHECK(gentium->units_per_em() == 2048);
  CHECK(gentium->advance(m) == static_cast<int>(std::lround(units * 1000.0 / 2048)));
  CHECK(gentium->glyph_for(U'\U0010FFFD') == 0);
}

TEST_CASE("subsets keep only the glyphs asked for and renumber them densely", "[fonts]") {
  FontLibrary lib;
  std::string error;
  for (const char* family : {"TeX Gyre Termes", "Gentium Book Plus"}) {
    const Face* face = lib.find({family, 400, Slant::upright}, &error);
    REQUIRE(face);
    std::vector<std::uint32_t> glyphs = {face->glyph_for('A'), face->glyph_for('z')};
    auto subset = subset_face(*face, glyphs, &error);
    REQUIRE(subset);
    CHECK(subset->cff == face->is_cff());
    CHECK(subset->new_glyph.at(0) == 0);
    CHECK(subset->new_glyph.at(glyphs[0]) < 4);
    CHECK(subset->new_glyph.at(glyphs[1]) < 4);
    CHECK(subset->advance.at(subset->new_glyph.at(glyphs[0])) == face->advance(glyphs[0]));
    CHECK(subset->program.size() < 20000);
    if (subset->cff) {
      CHECK(subset->program.substr(0, 1) == std::string(1, '\x01'));  // CFF major version 1
    } else {
      CHECK(subset->program.substr(0, 4) == std::string("\x00\x01\x00\x00", 4));
    }
  }
}

TEST_CASE("a damaged font is refused when loaded, naming its file", "[fonts]") {
  const test::BrokenFonts& broken = test::broken_fonts();
  FontLibrary lib;
  std::string error;
  CHECK_FALSE(lib.load_file(broken.bad_outlines, 0, &error));
  CHECK_THAT(error,
             Catch::StartsWith("font file '" + broken.bad_outlines + "' is damaged: glyph "));
  CHECK_FALSE(lib.load_file(broken.bad_cmap, 0, &error));
  CHECK(error == "font file '" + broken.bad_cmap +
                     "' is damaged: it maps no characters to glyphs (a missing or damaged 'cmap' "
                     "table)");
  CHECK_FALSE(lib.load_file(broken.truncated, 0, &error));
  CHECK(error == "font file '" + broken.truncated +
                     "' is damaged: table 'post' runs past the end of the file (the file is "
                     "truncated)");
}

TEST_CASE("every glyph a text uses must draw before its face is embedded", "[fonts]") {
  FontLibrary lib;
  std::string error;
  const Face* face = lib.load_file("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0, &error);
  REQUIRE(face);
  CHECK_FALSE(face->glyph_problem(face->glyph_for('A')));
  CHECK_FALSE(face->glyph_problem(face->glyph_for(' ')));  // no outline, but a space
  CHECK(face->glyph_problem(face->glyph_count() + 5).value_or("").find("does not load") !=
        std::string::npos);
  CHECK_FALSE(subset_face(*face, {face->glyph_count() + 5}, &error));
  CHECK_THAT(error, Catch::StartsWith("font file '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' "
                                      "is damaged: glyph "));
}
