// The preflight on hand-made display lists: one page per kind of violation.

#include "preflight/preflight.h"

#include "fonts/font_library.h"

#include <catch2/catch.hpp>

using namespace folio;

namespace {

const Face& termes(FontLibrary& lib) {
  std::string error;
  const Face* face = lib.find({"TeX Gyre Termes", 400, Slant::upright}, &error);
  INFO(error);
  REQUIRE(face);
  return *face;
}

// "word" at 10pt with its natural advances, its origin at x, y.
GlyphRun word(const Face& face, const std::string& text, double x, double y, int frame) {
  GlyphRun run;
  run.face = &face;
  run.size = Pt(10);
  run.x = Pt(x);
  run.y = Pt(y);
  run.text = text;
  run.frame = frame;
  run.source = 0;
  Pt pen;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::uint32_t g = face.glyph_for(static_cast<unsigned char>(text[i]));
    run.glyphs.push_back({g, static_cast<std::uint32_t>(i), pen, Pt(0)});
    pen += Face::to_pt(face.advance(g), run.size);
  }
  return run;
}

// A 300 x 400 page with one 200 x 300 text frame at 50, 50.
Page page_with_frame() {
  Page page;
  page.width = Pt(300);
  page.height = Pt(400);
  page.label = "iii";
  page.part = "contents";
  page.frames.push_back({Pt(50), Pt(50), Pt(200), Pt(300), "text block", false});
  page.sources.push_back({"issue.xml", 7, 3});
  return page;
}

std::vector<std::string> errors_of(const Page& page) {
  Diagnostics diags;
  preflight_page(page, 2, diags);
  std::vector<std::string> out;
  for (const Diagnostic& d : diags.all()) {
    CHECK(d.severity == Severity::error);
    out.push_back(d.format());
  }
  return out;
}

}  // namespace

TEST_CASE("preflight: text inside its frame and the trim passes", "[preflight]") {
  FontLibrary lib;
  Page page = page_with_frame();
  page.items.emplace_back(word(termes(lib), "inside", 50, 300, 0));
  page.items.emplace_back(word(termes(lib), "below", 50, 288, 0));
  CHECK(errors_of(page).empty());
}

TEST_CASE("preflight: a run past its frame's edge names page, part, source and distance",
          "[preflight]") {
  FontLibrary lib;
  Page page = page_with_frame();
  GlyphRun run = word(termes(lib), "overflowing", 220, 300, 0);
  page.items.emplace_back(run);
  const auto errors = errors_of(page);
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0], Catch::StartsWith("issue.xml:7:3: error: page iii (PDF page 3, contents): "
                                          "'overflowing' runs "));
  CHECK_THAT(errors[0], Catch::EndsWith("past the right edge of text block"));
}

TEST_CASE("preflight: margin kerning's hang is no overflow", "[preflight]") {
  FontLibrary lib;
  Page page = page_with_frame();
  GlyphRun run = word(termes(lib), "end.", 0, 300, 0);
  const Pt width =
      run.glyphs.back().x + Face::to_pt(termes(lib).advance(run.glyphs.back().glyph), run.size);
  const Pt stop = Face::to_pt(termes(lib).advance(run.glyphs.back().glyph), run.size) * 0.7;
  run.x = Pt(250) - width + stop;  // the full stop hangs 70% of its width past the frame
  page.items.emplace_back(run);
  CHECK(errors_of(page).size() == 1);
  std::get<GlyphRun>(page.items.back()).hang_right = stop;
  CHECK(errors_of(page).empty());
}

TEST_CASE("preflight: a run above its frame's top, and one outside the trim", "[preflight]") {
  FontLibrary lib;
  Page page = page_with_frame();
  page.items.emplace_back(word(termes(lib), "high", 60, 349, 0));
  auto errors = errors_of(page);
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0], Catch::EndsWith("past the top edge of text block"));
  page.items.clear();
  page.items.emplace_back(word(termes(lib), "offpage", 280, 100, -1));  // in no frame
  errors = errors_of(page);
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0],
             Catch::Contains("'offpage' leaves the trimmed page (300.00pt by 400.00pt)"));
}

TEST_CASE("preflight: two runs printed over each other", "[preflight]") {
  FontLibrary lib;
  Page page = page_with_frame();
  page.items.emplace_back(word(termes(lib), "Featherstonehaugh", 60, 300, 0));
  page.items.emplace_back(word(termes(lib), "599", 100, 300, 0));
  const auto errors = errors_of(page);
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0], Catch::Contains("'599' prints over 'Featherstonehaugh'"));
  // One line below, or touching on one line, is no overprint.
  std::get<GlyphRun>(page.items.back()).y = Pt(288);
  CHECK(errors_of(page).empty());
}

TEST_CASE("preflight: the missing-glyph box", "[preflight]") {
  FontLibrary lib;
  Page page = page_with_frame();
  GlyphRun run = word(termes(lib), "ab", 60, 300, 0);
  run.glyphs[1].glyph = 0;
  page.items.emplace_back(run);
  const auto errors = errors_of(page);
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0], Catch::Contains("U+0062 'b' in 'ab' has no glyph in TeX Gyre Termes"));
}

TEST_CASE("preflight: a running line the master asks for that printed nothing", "[preflight]") {
  FontLibrary lib;
  Page page = page_with_frame();
  page.frames.push_back({Pt(50), Pt(15), Pt(200), Pt(20), "the footer '{issue}'", true});
  auto errors = errors_of(page);
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0], Catch::EndsWith("the page master asks for the footer '{issue}', but it "
                                        "printed nothing here (its text is empty on this page)"));
  page.items.emplace_back(word(termes(lib), "iii", 140, 25, 1));
  CHECK(errors_of(page).empty());
}
