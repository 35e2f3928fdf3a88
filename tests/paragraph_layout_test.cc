#include <catch2/catch.hpp>

#include "fonts/font_library.h"
#include "layout/font_cache.h"
#include "layout/paragraph_layout.h"

using namespace folio;

namespace {

ParagraphStyle body_style(Align align) {
  ParagraphStyle s;
  s.name = "body";
  s.text.font = {"TeX Gyre Termes", 400, Slant::upright};
  s.text.size = Pt(10);
  s.leading = StyleLength::points(12);
  s.align = align;
  return s;
}

Paragraph paragraph(const ParagraphStyle& style, const std::string& text) {
  StyledRun run;
  run.text = text;
  run.format = style.text;
  run.lang = "en-US";
  return {&style, {run}, {}, {}};
}

const std::string kText =
    "Parts of the international institutional order today appear quite robust and adaptive. "
    "This is true not only in economic but also in security affairs; and it is true not only in "
    "Europe but also at the global level.";

// The right edge of the last glyph of a line, relative to the line origin.
Pt right_edge(const Line& line) {
  const GlyphRun& run = line.runs.back();
  return run.x + run.glyphs.back().x;
}

}  // namespace

TEST_CASE("justified lines fill the measure; the last line is ragged", "[layout]") {
  FontLibrary lib;
  FontCache fonts(lib);
  Diagnostics diags;
  ParagraphStyle style = body_style(Align::justify);
  SetParagraph p = set_paragraph(paragraph(style, kText), Pt(200), fonts, diags);
  CHECK_FALSE(diags.has_errors());
  CHECK(diags.warning_count() == 0);
  REQUIRE(p.lines.size() >= 3);
  for (std::size_t i = 0; i + 1 < p.lines.size(); ++i) {
    CHECK(p.lines[i].width.value() == Approx(200).margin(0.01));
    CHECK(p.lines[i].leading == Pt(12));
  }
  CHECK(p.lines.back().width < Pt(200));
  // The text of the lines, joined, is the paragraph's text.
  std::string joined;
  for (const Line& line : p.lines) {
    for (const GlyphRun& r : line.runs) joined += (joined.empty() ? "" : " ") + r.text;
  }
  CHECK(joined == kText);
}

TEST_CASE("ragged-right lines keep natural spaces and stay inside the measure", "[layout]") {
  FontLibrary lib;
  FontCache fonts(lib);
  Diagnostics diags;
  ParagraphStyle style = body_style(Align::left);
  SetParagraph p = set_paragraph(paragraph(style, kText), Pt(200), fonts, diags);
  REQUIRE(p.lines.size() >= 3);
  for (const Line& line : p.lines) {
    CHECK(line.width <= Pt(200.01));
    CHECK(right_edge(line) < Pt(200));
  }
  // Natural spacing: every line's space glyph sits one space advance after the word before it.
  CHECK(p.lines[0].width < Pt(200));
}

TEST_CASE("centred and right-aligned lines are offset by their slack", "[layout]") {
  FontLibrary lib;
  FontCache fonts(lib);
  Diagnostics diags;
  ParagraphStyle centre = body_style(Align::center);
  ParagraphStyle right = body_style(Align::right);
  SetParagraph c = set_paragraph(paragraph(centre, "Contributors"), Pt(300), fonts, diags);
  SetParagraph r = set_paragraph(paragraph(right, "Contributors"), Pt(300), fonts, diags);
  REQUIRE(c.lines.size() == 1);
  const Pt width = c.lines[0].width;
  CHECK(c.lines[0].runs[0].x.value() == Approx(((Pt(300) - width) / 2).value()));
  CHECK(r.lines[0].runs[0].x.value() == Approx((Pt(300) - width).value()));
}

TEST_CASE("an unbreakable word wider than the measure is set with a warning", "[layout]") {
  FontLibrary lib;
  FontCache fonts(lib);
  Diagnostics diags;
  ParagraphStyle style = body_style(Align::justify);
  Paragraph p = paragraph(style, "see https://example.org/a/very/long/path/that/cannot/break");
  p.runs[0].pos = {"issue.xml", 12, 5};
  SetParagraph set = set_paragraph(p, Pt(100), fonts, diags);
  REQUIRE(diags.warning_count() == 1);
  CHECK_THAT(diags.all()[0].format(), Catch::StartsWith("issue.xml:12:5: warning: overfull line"));
}

TEST_CASE("a contents page number sits flush right on the first line, outside the title",
          "[layout]") {
  FontLibrary lib;
  FontCache fonts(lib);
  Diagnostics diags;
  ParagraphStyle style = body_style(Align::left);
  Paragraph p = paragraph(style,
                          "International relations theory and multilateralism: the search for "
                          "foundations James A. Caporaso");
  StyledRun number;
  number.text = "599";
  number.format = style.text;
  p.right.runs = {number};
  p.right.width = Pt(25);
  SetParagraph set = set_paragraph(p, Pt(250), fonts, diags);
  REQUIRE(set.lines.size() >= 2);
  const GlyphRun& page = set.lines[0].runs.back();
  REQUIRE(page.text == "599");
  // Flush right: the number's advance ends on the measure.
  CHECK((page.x + page.glyphs.back().x).value() < 250);
  CHECK((page.x + page.glyphs.back().x).value() > 243);
  // Title lines never enter the number's column.
  for (const Line& line : set.lines) {
    const GlyphRun& title = line.runs.front();
    CHECK(title.text != "599");
    CHECK(line.width <= Pt(225.01));
  }
}
