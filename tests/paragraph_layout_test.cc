#include "layout/lines/paragraph_layout.h"

#include "fonts/font_library.h"
#include "layout/text/itemizer.h"
#include "layout/text/layout_context.h"
#include "tests/termes_text.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace folio;
using folio::test::one_run_paragraph;
using folio::test::termes_body;

namespace {

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

TEST_CASE("justified lines fill the measure, and the last line is ragged", "[layout]") {
  FontLibrary lib;
  LayoutContext fonts(lib);
  Diagnostics diags;
  ParagraphStyle style = termes_body(Align::justify);
  style.hyphenate = false;       // so the lines' text joins back into the paragraph's
  style.margin_kerning = false;  // so every line is exactly the measure
  SetParagraph p = set_paragraph(one_run_paragraph(style, kText), Pt(200), fonts, diags);
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
  LayoutContext fonts(lib);
  Diagnostics diags;
  ParagraphStyle style = termes_body(Align::left);
  SetParagraph p = set_paragraph(one_run_paragraph(style, kText), Pt(200), fonts, diags);
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
  LayoutContext fonts(lib);
  Diagnostics diags;
  ParagraphStyle centre = termes_body(Align::center);
  ParagraphStyle right = termes_body(Align::right);
  SetParagraph c = set_paragraph(one_run_paragraph(centre, "Contributors"), Pt(300), fonts, diags);
  SetParagraph r = set_paragraph(one_run_paragraph(right, "Contributors"), Pt(300), fonts, diags);
  REQUIRE(c.lines.size() == 1);
  const Pt width = c.lines[0].width;
  CHECK(c.lines[0].runs[0].x.value() == Approx(((Pt(300) - width) / 2).value()));
  CHECK(r.lines[0].runs[0].x.value() == Approx((Pt(300) - width).value()));
}

TEST_CASE("a word wider than the measure is cut at grapheme boundaries, with a note", "[layout]") {
  FontLibrary lib;
  LayoutContext fonts(lib);
  Diagnostics diags;
  ParagraphStyle style = termes_body(Align::justify);
  Paragraph p =
      one_run_paragraph(style, "Write to Postmaster@internationalorganizationexample.org today");
  p.runs[0].pos = {"issue.xml", 12, 5};
  SetParagraph set = set_paragraph(p, Pt(100), fonts, diags);
  CHECK(diags.all().empty());
  REQUIRE(set.lines.size() >= 3);
  int cuts = 0;
  std::string joined;
  for (const Line& line : set.lines) {
    CHECK(right_edge(line) <= Pt(100));
    for (const GlyphRun& r : line.runs) joined += r.text;
    for (const Diagnostic& note : line.notes) {
      if (note.message.find("cuts a word without a hyphen") == std::string::npos) continue;
      ++cuts;
      CHECK_THAT(note.format(), Catch::StartsWith("issue.xml:12:5: warning:"));
    }
  }
  CHECK(cuts >= 2);  // 47 letters at 10pt take three lines of 100pt
  // Nothing is lost and nothing added: no hyphen at the cuts.
  std::string letters;
  for (char c : joined)
    if (c != ' ') letters += c;
  CHECK(letters == "WritetoPostmaster@internationalorganizationexample.orgtoday");
}

TEST_CASE("a contents page number sits flush right on the first line, outside the title",
          "[layout]") {
  FontLibrary lib;
  LayoutContext fonts(lib);
  Diagnostics diags;
  ParagraphStyle style = termes_body(Align::left);
  Paragraph p =
      one_run_paragraph(style,
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

TEST_CASE("punctuation at a justified line's end hangs into the margin", "[layout]") {
  FontLibrary lib;
  LayoutContext context(lib);
  Diagnostics diags;
  ParagraphStyle style = termes_body(Align::justify);
  style.hyphenate = false;
  // Forced breaks end the lines after a period and after a comma; a forced line is set ragged,
  // so use two paragraphs' worth of words and find lines that end in punctuation.
  const std::string text =
      "Alpha beta gamma delta. Epsilon zeta eta theta, iota kappa lambda mu. Nu xi omicron pi, "
      "rho sigma tau upsilon. Phi chi psi omega, alpha beta gamma delta epsilon.";
  SetParagraph p = set_paragraph(one_run_paragraph(style, text), Pt(120), context, diags);
  int hung = 0;
  for (std::size_t i = 0; i + 1 < p.lines.size(); ++i) {
    const GlyphRun& run = p.lines[i].runs.back();
    const char last = run.text.back();
    const Pt right = run.x + run.glyphs.back().x;  // origin of the last glyph
    if (last == '.' || last == ',') {
      ++hung;
      // The period hangs 70% of its width, the comma 50%: its origin lies inside the measure by
      // the rest of its width only.
      const double share = last == '.' ? 0.7 : 0.5;
      const Pt advance = p.lines[i].width - (right - p.lines[i].runs.front().x);
      CHECK((right + advance).value() == Approx(120 + share * advance.value()).margin(0.01));
    } else {
      CHECK(p.lines[i].width.value() == Approx(120).margin(0.01));
    }
  }
  CHECK(hung > 0);
}

TEST_CASE("a line may fit only because its final hyphen hangs into the margin", "[layout]") {
  FontLibrary lib;
  LayoutContext context(lib);
  Diagnostics diags;
  ParagraphStyle style = termes_body(Align::justify);
  style.hyphenate = false;
  const Paragraph p = one_run_paragraph(style, "The classical balance-of-power politics");
  // "The classical balance-" at its tightest, less half what its hyphen hangs (70 % of the
  // hyphen's advance): the measure that line fits only with its hang.
  const ItemizedParagraph items = itemize(p, context, diags);
  Pt natural, shrink;
  std::size_t i = 0;
  for (; items.items[i].kind != ItemKind::penalty; ++i) {
    natural += items.items[i].width;
    shrink += items.items[i].shrink;
  }
  const Fragment& word = items.fragments[items.items[i - 1].content];
  REQUIRE(items.text_of(word) == "balance-");
  const Pt hang = word.shaped().back().advance * 0.7;
  const Pt measure = natural - shrink - hang / 2;

  SetParagraph set = set_paragraph(p, measure, context, diags);
  REQUIRE(set.lines.size() == 2);
  CHECK(set.lines[0].runs.back().text == "The classical balance-");
  CHECK(set.lines[0].notes.empty());  // no pass beyond the tolerance was needed
  CHECK(set.lines[0].hang_right.value() == Approx(hang.value()));
  // Set at the width the breaker judged it at: the measure and the hang, its spaces shrunk by
  // the share of their shrink that leaves.
  CHECK(set.lines[0].width.value() == Approx((measure + hang).value()).margin(0.001));
  CHECK(set.lines[1].runs.back().text == "of-power politics");

  // Without margin kerning no line can end there: only the loosest pass sets the paragraph.
  style.margin_kerning = false;
  SetParagraph plain = set_paragraph(p, measure, context, diags);
  CHECK(plain.lines[0].runs.back().text != "The classical balance-");
  CHECK_FALSE(plain.lines[0].notes.empty());
}

TEST_CASE("lines break where UAX #14 allows: after dashes, never at a no-break space", "[layout]") {
  FontLibrary lib;
  LayoutContext context(lib);
  Diagnostics diags;
  ParagraphStyle style = termes_body(Align::left);
  style.hyphenate = false;
  // "quarterly—Winter" may break after the em dash; "MA 02142" never at its space.
  SetParagraph p = set_paragraph(
      one_run_paragraph(style, "published quarterly—Winter, Spring, by The MIT Press, MA 02142."),
      Pt(70), context, diags);
  std::vector<std::string> lines;
  for (const Line& line : p.lines) lines.push_back(line.runs.front().text);
  INFO(Catch::Detail::stringify(lines));
  CHECK(std::find(lines.begin(), lines.end(), "quarterly—") != lines.end());
  for (const std::string& l : lines) {
    CHECK(l.substr(0, 5) != "02142");  // the postcode stays with MA
  }
}

TEST_CASE("no break before closing punctuation or after an opening bracket", "[layout]") {
  FontLibrary lib;
  LayoutContext context(lib);
  Diagnostics diags;
  ParagraphStyle style = termes_body(Align::left);
  style.hyphenate = false;
  // A narrow measure tempts every break; none may leave "(" at a line end or start a line
  // with "”" or ")".
  SetParagraph p =
      set_paragraph(one_run_paragraph(style, "they are “in demand” (today) and ( quite ) so"),
                    Pt(40), context, diags);
  for (const Line& line : p.lines) {
    const std::string& t = line.runs.front().text;
    CHECK(t.back() != '(');
    CHECK(t.rfind("”", 0) != 0);
    CHECK(t.front() != ')');
  }
}

TEST_CASE("a character the font lacks comes from a fallback family, or is reported", "[layout]") {
  FontLibrary lib;
  LayoutContext context(lib);
  ParagraphStyle style = termes_body(Align::left);
  Paragraph p = one_run_paragraph(style, "Ⓜ This publication");
  p.runs[0].pos = {"issue.xml", 40, 9};
  {
    Diagnostics diags;
    set_paragraph(p, Pt(300), context, diags);
    REQUIRE(diags.warning_count() == 1);
    CHECK_THAT(diags.all()[0].format(),
               Catch::StartsWith("issue.xml:40:9: warning: no font has U+24C2"));
    CHECK_THAT(diags.all()[0].format(), Catch::Contains("TeX Gyre Termes"));
  }
  p.runs[0].format.fallback_families = {"DejaVu Sans", "Symbola"};
  LayoutContext fresh(lib);
  Diagnostics diags;
  SetParagraph set = set_paragraph(p, Pt(300), fresh, diags);
  CHECK(diags.all().empty());
  REQUIRE(set.lines.size() == 1);
  REQUIRE(set.lines[0].runs.size() == 2);
  CHECK(set.lines[0].runs[0].face->family() == "Symbola");  // DejaVu lacks it too
  CHECK(set.lines[0].runs[0].text == "Ⓜ");
  CHECK(set.lines[0].runs[1].face->family() == "TeX Gyre Termes");
}

TEST_CASE("leader dots stand on one grid from entry to entry", "[layout]") {
  FontLibrary lib;
  LayoutContext context(lib);
  Diagnostics diags;
  ParagraphStyle style = termes_body(Align::left);
  std::vector<Pt> dot_positions;
  for (const char* title : {"Short", "A somewhat longer title", "Mid title"}) {
    Paragraph p = one_run_paragraph(style, title);
    StyledRun number;
    number.text = "599";
    number.format = style.text;
    p.right.runs = {number};
    p.right.width = Pt(30);
    p.right.leader = ". ";
    SetParagraph set = set_paragraph(p, Pt(250), context, diags);
    REQUIRE(set.lines.size() == 1);
    // Runs: the title, the number, then the leader dots.
    Pt previous(-1);
    int dots = 0;
    for (const GlyphRun& run : set.lines[0].runs) {
      if (run.text.find('.') == std::string::npos) continue;
      for (const PlacedGlyph& g : run.glyphs) {
        if (run.text[g.cluster] != '.') continue;
        const Pt x = run.x + g.x;
        CHECK(x > previous);
        previous = x;
        dot_positions.push_back(x);
        ++dots;
      }
    }
    CHECK(dots > 5);
  }
  // Every dot is a whole number of leader steps from the first one of the first entry.
  const double step = (dot_positions[1] - dot_positions[0]).value();
  for (Pt x : dot_positions) {
    const double k = (x - dot_positions[0]).value() / step;
    CHECK(k == Approx(std::round(k)).margin(1e-6));
  }
}

TEST_CASE("hyphenation follows the dictionary, the style's limits and the issue's exceptions",
          "[layout]") {
  FontLibrary lib;
  ParagraphStyle style = termes_body(Align::justify);
  const std::string text =
      "the multilateralism of institutionalized organizations and multilateralism again with "
      "institutionalized multilateralism";
  auto line_ends = [&](LayoutContext& context) {
    Diagnostics diags;
    SetParagraph p = set_paragraph(one_run_paragraph(style, text), Pt(90), context, diags);
    std::vector<std::string> ends;
    for (const Line& line : p.lines) {
      const std::string& t = line.runs.back().text;
      ends.push_back(t.substr(t.rfind(' ') == std::string::npos ? 0 : t.rfind(' ') + 1));
    }
    return ends;
  };
  auto hyphenated = [](const std::vector<std::string>& ends) {
    std::vector<std::string> out;
    for (const std::string& e : ends) {
      if (!e.empty() && e.back() == '-') out.push_back(e);
    }
    return out;
  };
  LayoutContext plain(lib);
  const auto with_patterns = hyphenated(line_ends(plain));
  REQUIRE_FALSE(with_patterns.empty());  // 90pt is too narrow to set this without hyphens
  INFO(Catch::Detail::stringify(with_patterns));
  for (const std::string& e : with_patterns) {
    // Every hyphen is at a point the en-US patterns allow.
    CHECK(std::string("multi- multilat- multilater- institu- institution- institutional- "
                      "orga- organi- organiza- insti- or- mul-")
              .find(e) != std::string::npos);
  }
  // The exceptions: these words never break, or only where they say.
  LayoutContext excepted(lib);
  excepted.hyphenator.add_exception("en-US", "multilateralism");
  excepted.hyphenator.add_exception("en-US", "institutionalized");
  excepted.hyphenator.add_exception("en-US", "organ-izations");
  for (const std::string& e : hyphenated(line_ends(excepted))) CHECK(e == "organ-");
  // No more consecutive hyphenated lines than the style allows.
  style.breaking.max_hyphen_lines = 1;
  LayoutContext limited(lib);
  const auto ends = line_ends(limited);
  for (std::size_t i = 1; i < ends.size(); ++i) {
    CHECK_FALSE((ends[i - 1].back() == '-' && ends[i].back() == '-'));
  }
}

TEST_CASE("wide sentence spacing widens spaces after a sentence, not after an initial",
          "[layout]") {
  FontLibrary lib;
  LayoutContext fonts(lib);
  Diagnostics diags;
  ParagraphStyle style = termes_body(Align::left);  // unjustified: spaces at their own width
  style.hyphenate = false;
  const std::string text = "Ends here. Next one, then: U.S. aid, J. Smith; and more";
  auto gaps_with = [&](bool wide) {
    style.breaking.wide_sentence_spaces = wide;
    SetParagraph p = set_paragraph(one_run_paragraph(style, text), Pt(1000), fonts, diags);
    REQUIRE(p.lines.size() == 1);
    return folio::test::word_gaps(p.lines[0]);
  };
  const std::vector<double> uniform = gaps_with(false);
  const std::vector<double> wide = gaps_with(true);
  // Ends|here.|Next|one,|then:|U.S.|aid,|J.|Smith;|and|more: ten gaps.
  REQUIRE(uniform.size() == 10);
  REQUIRE(wide.size() == 10);
  const double space = uniform[0];
  for (double g : uniform) CHECK(g == Approx(space).margin(0.01));
  // After "here." and "then:" (factors 3000 and 2000) the extra third of a space; after the
  // comma and semicolon (1250, 1500), after "U.S." and "J." (abbreviations), none.
  const std::vector<double> extra = {0, 1, 0, 0, 1, 0, 0, 0, 0, 0};
  for (std::size_t i = 0; i < wide.size(); ++i) {
    INFO("gap " << i);
    CHECK(wide[i] == Approx(space * (1 + extra[i] / 3)).margin(0.01));
  }
}

TEST_CASE("with wide sentence spacing a justified line stretches most after a sentence",
          "[layout]") {
  FontLibrary lib;
  LayoutContext fonts(lib);
  Diagnostics diags;
  ParagraphStyle style = termes_body(Align::justify);
  style.hyphenate = false;
  style.margin_kerning = false;
  style.breaking.wide_sentence_spaces = true;
  // Two lines; the first is stretched to the measure.
  SetParagraph p = set_paragraph(
      one_run_paragraph(style, "One two three. Four five six seven eight nine ten eleven"), Pt(150),
      fonts, diags);
  REQUIRE(p.lines.size() >= 2);
  const std::vector<double> gaps = folio::test::word_gaps(p.lines[0]);
  REQUIRE(gaps.size() >= 3);
  // "three." is followed by the third gap: three times the stretch of the others.
  const double plain = gaps[0];
  CHECK(gaps[1] == Approx(plain).margin(0.01));
  CHECK(gaps[2] > plain + 0.5);
}

TEST_CASE("a paragraph style's looseness sets its paragraphs a line longer", "[layout]") {
  // break_params hands the style's looseness to the breaker (knuth_plass_test has the cases).
  FontLibrary lib;
  LayoutContext context(lib);
  Diagnostics diags;
  ParagraphStyle style = termes_body(Align::justify);
  style.breaking.tolerance = 1000;  // room for a looser setting
  const std::string text = kText + " " + kText;
  const auto lines = [&](int looseness) {
    style.breaking.looseness = looseness;
    return set_paragraph(one_run_paragraph(style, text), Pt(200), context, diags).lines.size();
  };
  const std::size_t best = lines(0);
  REQUIRE(best > 5);
  CHECK(lines(1) == best + 1);
  // A line fewer would shrink the spaces by more than they can: as near as it can, the best.
  CHECK(lines(-1) == best);
}
