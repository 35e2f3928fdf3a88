// Font expansion (pdfTeX's \pdfadjustspacing): how a line's slack is shared between its glue and
// its text, that the breaker counts the text's stretch, that set lines are drawn at the scale
// they were set at, and that the PDF draws them so.

#include "fonts/font_library.h"
#include "layout/lines/knuth_plass.h"
#include "layout/lines/line_adjustment.h"
#include "layout/lines/paragraph_layout.h"
#include "layout/text/layout_context.h"
#include "layout/text/shaper.h"
#include "pdf/font_codes.h"
#include "tests/content_ops.h"
#include "tests/termes_text.h"
#include "tests/test_support.h"

#include <catch2/catch.hpp>

#include <cctype>
#include <cmath>
#include <map>
#include <numeric>
#include <regex>

using namespace folio;
using folio::test::one_run_paragraph;
using folio::test::termes_body;

namespace {

// Whole steps of kExpansionStep, as the PDF's text matrix writes them.
bool on_step(double scale) {
  const double steps = (scale - 1) / kExpansionStep;
  return std::abs(steps - std::round(steps)) < 1e-6;
}

const std::string kText =
    "Parts of the international institutional order that emerged after the Second World War "
    "have survived the decline of the hegemony that created them, and scholars of regimes ask "
    "why states keep cooperating when the power that once enforced the rules has waned. This "
    "article argues that multilateral institutions lower the costs of agreement, and that their "
    "members value the reputation they would lose by leaving them.";

// The spread of the gaps between words over the justified lines (not the last), over their mean.
double gap_spread(const SetParagraph& p) {
  std::vector<double> gaps;
  for (std::size_t n = 0; n + 1 < p.lines.size(); ++n) {
    const std::vector<double> line = folio::test::word_gaps(p.lines[n]);
    gaps.insert(gaps.end(), line.begin(), line.end());
  }
  REQUIRE(gaps.size() > 10);
  const double mean = std::accumulate(gaps.begin(), gaps.end(), 0.0) / gaps.size();
  double var = 0;
  for (double g : gaps) var += (g - mean) * (g - mean);
  return std::sqrt(var / gaps.size()) / mean;
}

}  // namespace

TEST_CASE("a line's slack goes to its text's expansion and its glue, as it was judged",
          "[layout][expansion]") {
  // 300pt of text may stretch 2 %, 6pt; the glue 10pt. 8pt short: ratio 0.5 for both.
  LineAdjustment a = adjust_line(Pt(8), Pt(10), Pt(5), Pt(300), 0.02, true);
  CHECK(a.ratio == Approx(0.5));
  CHECK(a.scale == Approx(1.01));
  CHECK(a.glue_ratio == Approx(0.5));
  // Beyond a ratio of 1 the text stops at its limit and the glue takes the rest.
  a = adjust_line(Pt(32), Pt(10), Pt(5), Pt(300), 0.02, true);
  CHECK(a.ratio == Approx(2));
  CHECK(a.scale == Approx(1.02));
  CHECK(a.glue_ratio == Approx((32.0 - 6) / 10));
  // The scale is a whole number of steps, towards none; the glue fills the line exactly.
  a = adjust_line(Pt(1), Pt(10), Pt(5), Pt(300), 0.02, true);
  CHECK(on_step(a.scale));
  CHECK(a.scale < 1 + a.ratio * 0.02 + 1e-12);
  CHECK((Pt(300) * (a.scale - 1) + Pt(10) * a.glue_ratio).value() == Approx(1));
  // Shrinking: both narrower; at the limit the glue is at its own limit too.
  a = adjust_line(Pt(-5.5), Pt(10), Pt(5), Pt(300), 0.02, true);
  CHECK(a.ratio == Approx(-0.5));
  CHECK(a.scale == Approx(0.99));
  CHECK(a.glue_ratio == Approx(-0.5));
  a = adjust_line(Pt(-10.9999), Pt(10), Pt(5), Pt(300), 0.02, true);
  CHECK(a.scale >= 0.98 - 1e-12);
  CHECK(a.glue_ratio >= -1);
  CHECK((Pt(300) * (a.scale - 1) + Pt(5) * a.glue_ratio).value() == Approx(-10.9999));
  // A line that may not stretch (a paragraph's last) is set at its natural width.
  a = adjust_line(Pt(50), Pt(10), Pt(5), Pt(300), 0.02, false);
  CHECK(a.scale == 1);
  CHECK(a.glue_ratio == 0);
  // Without expansion: TeX's ratio, on the glue alone.
  a = adjust_line(Pt(8), Pt(10), Pt(5), Pt(300), 0, true);
  CHECK(a.scale == 1);
  CHECK(a.ratio == a.glue_ratio);
  CHECK(a.glue_ratio == Approx(0.8));
}

TEST_CASE("with font expansion a line fits that its spaces alone cannot bring to the measure",
          "[breaker][expansion]") {
  // Two words of 150pt and a space on a 290pt line: 15pt too wide for a space that shrinks 2pt,
  // so each word takes a line of its own.
  std::vector<Item> items = {Item::box(Pt(150), -1), Item::glue(Pt(5), Pt(3), Pt(2), -1),
                             Item::box(Pt(150), -1), Item::forced_break()};
  const LineWidth width = [](int) { return Pt(290); };
  BreakParams params;
  CHECK(break_optimal(items, width, params).breaks == Breaks{1, 3});
  // 300pt of text shrinking 5 % gives 15pt more: with the space's 2pt, within the measure.
  params.expansion = 0.05;
  const BreakResult r = break_optimal(items, width, params);
  CHECK_FALSE(r.overfull);
  CHECK(r.pass == 1);
  CHECK(r.breaks == Breaks{3});
}

TEST_CASE("a justified line's glyphs are drawn at one scale that brings it to its measure",
          "[layout][expansion]") {
  FontLibrary lib;
  LayoutContext context(lib);
  Diagnostics diags;
  ParagraphStyle style = termes_body(Align::justify);
  style.margin_kerning = false;
  const Pt measure(220);
  const SetParagraph plain =
      set_paragraph(one_run_paragraph(style, kText), measure, context, diags);
  style.breaking.expansion = 0.02;
  const SetParagraph expanded =
      set_paragraph(one_run_paragraph(style, kText), measure, context, diags);
  REQUIRE(expanded.lines.size() > 4);
  int scaled = 0;
  for (std::size_t n = 0; n < expanded.lines.size(); ++n) {
    const Line& line = expanded.lines[n];
    INFO("line " << n);
    const bool last = n + 1 == expanded.lines.size();
    const double scale = line.runs.front().expansion;
    for (const GlyphRun& run : line.runs) {
      CHECK(run.expansion == scale);  // one scale for the whole line
      CHECK(on_step(run.expansion));
      CHECK(std::abs(run.expansion - 1) <= 0.02 + 1e-12);
      // Each word between two spaces spans its shaped width (kerns included) times the scale.
      std::size_t g = 0;
      while (g < run.glyphs.size()) {
        while (g < run.glyphs.size() && run.text[run.glyphs[g].cluster] == ' ') ++g;
        std::size_t e = g;
        while (e < run.glyphs.size() && run.text[run.glyphs[e].cluster] != ' ') ++e;
        if (g > 0 && e < run.glyphs.size()) {  // not the run's first or last word
          const std::string word =
              run.text.substr(run.glyphs[g].cluster, run.glyphs[e].cluster - run.glyphs[g].cluster);
          const ShapedText shaped = shape({run.face, run.size, "en-US", nullptr}, word);
          Pt natural;
          for (std::size_t k = 0; k + 1 < shaped.glyphs.size(); ++k)
            natural += shaped.glyphs[k].advance;
          INFO(word);
          CHECK((run.glyphs[e - 1].x - run.glyphs[g].x).value() ==
                Approx(natural.value() * scale).margin(1e-6));
        }
        g = e;
      }
    }
    if (last) {
      CHECK(scale == 1);
    } else {
      CHECK(line.width.value() == Approx(measure.value()).margin(1e-6));
      if (scale != 1) ++scaled;
    }
  }
  CHECK(scaled > 0);
  // The spaces vary less than the glue alone gives them.
  CHECK(gap_spread(expanded) < gap_spread(plain));
}

TEST_CASE("an expanded run is drawn through a scaled text matrix, each glyph where it was set",
          "[pdf][expansion]") {
  FontLibrary lib;
  std::string error;
  const Face* face = lib.find({"TeX Gyre Termes", 400, Slant::upright}, &error);
  REQUIRE(face);
  const std::uint32_t a = face->glyph_for('a');
  const Pt advance = Face::to_pt(face->advance(a), Pt(10));
  GlyphRun r{face, Pt(10), Color::black(), Pt(5), Pt(6), "ab", {}};
  r.expansion = 1.02;
  // 'b' follows 'a' at its expanded advance, then 1.02pt further (1pt before the scale).
  r.glyphs = {{a, 0, Pt(0), Pt(0)}, {face->glyph_for('b'), 1, advance * 1.02 + Pt(1.02), Pt(0)}};
  pdf::FontCodes codes(*face);
  const std::string ops = test::content_ops(r, codes);
  CHECK_THAT(ops, Catch::Contains("1.02 0 0 1 5 6 Tm"));
  CHECK_THAT(ops, Catch::Contains(std::string("[(\0\x01)-100(\0\x02)] TJ", 17)));
}

TEST_CASE("the sample's justified lines are drawn expanded and end flush at the measure",
          "[e2e][expansion]") {
  const std::string pdf = folio::test::temp_dir() + "/io.pdf";
  const auto built = folio::test::run(std::string(FOLIO_BINARY) + " build " + FOLIO_SOURCE_DIR +
                                      "/samples/io-46-3/issue.xml -o " + pdf);
  REQUIRE(built.status == 0);
  // Some text matrix scales its glyphs: the abstracts' lines are expanded.
  const auto qdf = folio::test::run("qpdf --qdf --object-streams=disable " + pdf + " -");
  REQUIRE(qdf.status == 0);
  CHECK(std::regex_search(qdf.out, std::regex("\n(0\\.9[89]\\d*|1\\.0[12]?\\d*) 0 0 1 [-\\d.]+ "
                                              "[-\\d.]+ Tm\n")));
  // On the first page of abstracts, each line of a paragraph but its last ends flush where the
  // others do, read back from the PDF: the glyphs are as wide as they were set. (A line ending
  // in punctuation hangs it into the margin, so only lines ending in a letter count.)
  std::map<long, std::pair<double, std::string>> ends;  // by baseline: the last word's right
  for (const auto& w : folio::test::word_boxes(pdf)) {
    if (w.page != 5) continue;
    auto& end = ends[std::lround(w.y_max * 10)];
    if (w.x_max > end.first) end = {w.x_max, w.text};
  }
  const auto ends_in_letter = [](const std::string& word) {
    return std::islower(static_cast<unsigned char>(word.back())) != 0;
  };
  double right = 0;
  for (const auto& [y, end] : ends) {
    if (ends_in_letter(end.second)) right = std::max(right, end.first);
  }
  int flush = 0;
  for (const auto& [y, end] : ends) {
    if (end.first < right - 30 || !ends_in_letter(end.second)) continue;
    INFO(end.second);
    CHECK(end.first == Approx(right).margin(0.01));
    ++flush;
  }
  CHECK(flush > 20);
}
