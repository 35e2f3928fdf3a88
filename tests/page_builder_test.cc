// Page builder cases on synthetic lines: 12pt leading, 8pt ascent, 2pt descent, in an 80pt frame
// (a 100pt page with 10pt margins), so six lines fill a page (baselines 8, 20, ..., 68) and every
// expected position can be worked out by hand.

#include "layout/pages/page_builder.h"

#include "layout/pages/folio.h"

#include <catch2/catch.hpp>

using namespace folio;

namespace {

PageMaster small_master() {
  PageMaster m;
  m.name = "small";
  m.width = Pt(200);
  m.height = Pt(100);
  m.margin_top = m.margin_bottom = m.margin_inside = m.margin_outside = Pt(10);
  m.column_gap = Pt(10);
  return m;
}

// A paragraph of `n` lines; each line is one empty run whose text names it ("b2" is line 2 of
// paragraph b), so the test can find where it went.
SetParagraph lines(const std::string& name, int n) {
  SetParagraph p;
  for (int i = 1; i <= n; ++i) {
    Line line;
    line.runs.push_back(
        {nullptr, Pt(10), Color::black(), Pt(0), Pt(0), name + std::to_string(i), {}});
    line.ascent = Pt(8);
    line.descent = Pt(2);
    line.leading = Pt(12);
    p.lines.push_back(line);
  }
  return p;
}

struct Placed {
  std::size_t page = 0;  // 1-based
  double y = 0;          // baseline, from the page's bottom
  double x = 0;
};

Placed where(const Document& doc, const std::string& text) {
  for (std::size_t i = 0; i < doc.pages.size(); ++i) {
    for (const DisplayItem& item : doc.pages[i].items) {
      const auto& run = std::get<GlyphRun>(item);
      if (run.text == text) return {i + 1, run.y.value(), run.x.value()};
    }
  }
  FAIL("line " << text << " was not placed");
  return {};
}

Document build(const std::vector<SetBlock>& blocks, Diagnostics& diags) {
  static const PageMaster master = small_master();
  Document doc;
  PageBuilder builder(doc, diags);
  builder.start_part("test", master, false, "part");
  builder.place(blocks);
  return doc;
}

}  // namespace

TEST_CASE("six lines fill a page; the seventh starts the next", "[pages]") {
  Diagnostics diags;
  SetParagraph a = lines("a", 8);
  a.widows = a.orphans = 1;
  Document doc = build({a}, diags);
  CHECK(where(doc, "a1").y == Approx(100 - 10 - 8));
  CHECK(where(doc, "a6").y == Approx(100 - 10 - 68));
  CHECK(where(doc, "a6").page == 1);
  CHECK(where(doc, "a7").page == 2);
  CHECK(where(doc, "a7").y == Approx(82));
}

TEST_CASE("an orphan moves its paragraph to the next page", "[pages]") {
  Diagnostics diags;
  // Five lines of a leave room for one line of b; b may not leave one line alone.
  Document doc = build({lines("a", 5), lines("b", 4)}, diags);
  CHECK(where(doc, "b1").page == 2);
  CHECK(where(doc, "b1").y == Approx(82));
  CHECK(diags.all().empty());
}

TEST_CASE("a widow takes a line of company with it", "[pages]") {
  Diagnostics diags;
  // Two lines of a, then b has room for four of its five lines: that would leave one alone on
  // the next page, so three stay and two go.
  Document doc = build({lines("a", 2), lines("b", 5)}, diags);
  CHECK(where(doc, "b3").page == 1);
  CHECK(where(doc, "b4").page == 2);
  CHECK(where(doc, "b5").page == 2);
}

TEST_CASE("a heading is never the last thing on a page", "[pages]") {
  Diagnostics diags;
  SetParagraph heading = lines("h", 1);
  heading.keep_with_next = true;
  // After five lines the heading would fit, but the two lines b needs with it would not.
  Document doc = build({lines("a", 5), heading, lines("b", 3)}, diags);
  CHECK(where(doc, "h1").page == 2);
  CHECK(where(doc, "b1").page == 2);
  CHECK(where(doc, "b1").y < where(doc, "h1").y);
}

TEST_CASE("a hyphen at a page's end costs less than a page a sixth empty", "[pages]") {
  Diagnostics diags;
  SetParagraph a = lines("a", 9);
  a.lines[5].hyphenated = true;  // the sixth line ends page 1
  Document doc = build({a}, diags);
  // Ending page 1 a line early would leave a sixth of it empty (cost 278), more than the
  // hyphen's 100: the word stays broken across the pages. page_breaker_test has the converse.
  CHECK(where(doc, "a6").page == 1);
  CHECK(where(doc, "a7").page == 2);
}

TEST_CASE("rules that cannot hold give way with a warning", "[pages]") {
  Diagnostics diags;
  SetParagraph tall = lines("t", 7);
  tall.keep_together = true;
  tall.pos = {"issue.xml", 9, 3};
  Document doc = build({tall}, diags);
  CHECK(where(doc, "t7").page == 2);
  REQUIRE(diags.warning_count() == 1);
  CHECK_THAT(diags.all()[0].format(), Catch::StartsWith("issue.xml:9:3: warning: "));
  CHECK_THAT(diags.all()[0].format(), Catch::Contains("keep-together"));
}

TEST_CASE("column sets are balanced, longer columns first", "[pages]") {
  Diagnostics diags;
  SetColumns board{3, Pt(10), {}};
  for (int i = 1; i <= 7; ++i) board.paragraphs.push_back(lines("m" + std::to_string(i), 1));
  Document doc = build({board}, diags);
  // 7 names in 3 columns: 3, 2, 2, all starting on the first baseline.
  const double column = (180.0 - 20) / 3;
  CHECK(where(doc, "m11").y == Approx(82));
  CHECK(where(doc, "m31").x == Approx(10));
  CHECK(where(doc, "m41").x == Approx(10 + column + 10));
  CHECK(where(doc, "m41").y == Approx(82));
  CHECK(where(doc, "m61").x == Approx(10 + 2 * (column + 10)));
  CHECK(where(doc, "m71").y == Approx(70));
}

TEST_CASE("a part that starts on a recto gets a blank verso before it", "[pages]") {
  Diagnostics diags;
  const PageMaster master = small_master();
  Document doc;
  PageBuilder builder(doc, diags);
  builder.start_part("test", master, true, "cover");
  builder.place({lines("c", 1)});
  builder.start_part("test", master, true, "contents");  // page 2 would be a verso
  builder.place({lines("t", 1)});
  builder.start_part("test", master, false, "contributors");
  builder.place({lines("k", 1)});
  REQUIRE(doc.pages.size() == 4);
  CHECK(doc.pages[1].items.empty());
  CHECK(builder.plans()[1].blank);
  CHECK(where(doc, "t1").page == 3);
  CHECK(builder.plans()[2].opening);
  CHECK(where(doc, "k1").page == 4);
  // Facing pages: the inside margin is on the left of a recto and the right of a verso.
  CHECK(PageBuilder::frame_left(master, 3) == master.margin_inside);
  // Outline entries for each part, at its opening page.
  REQUIRE(doc.outline.size() == 3);
  CHECK(doc.outline[1].page == 2);
}

TEST_CASE("folios are numbered in the style's numerals", "[pages]") {
  CHECK(format_folio(1, FolioStyle::lower_roman) == "i");
  CHECK(format_folio(4, FolioStyle::lower_roman) == "iv");
  CHECK(format_folio(9, FolioStyle::lower_roman) == "ix");
  CHECK(format_folio(14, FolioStyle::upper_roman) == "XIV");
  CHECK(format_folio(1992, FolioStyle::upper_roman) == "MCMXCII");
  CHECK(format_folio(561, FolioStyle::arabic) == "561");
}

TEST_CASE("a part's opening page may have a master of its own", "[pages]") {
  Diagnostics diags;
  const PageMaster master = small_master();
  PageMaster opening = small_master();
  opening.name = "opening";
  opening.margin_top = Pt(34);  // two lines deeper: four lines fit on the opening page
  Document doc;
  PageBuilder builder(doc, diags);
  builder.start_part("test", master, opening, false, "abstracts");
  SetParagraph a = lines("a", 10);
  a.widows = a.orphans = 1;
  builder.place({a});
  CHECK(where(doc, "a1").y == Approx(100 - 34 - 8));
  CHECK(where(doc, "a4").page == 1);
  CHECK(where(doc, "a5").page == 2);
  CHECK(where(doc, "a5").y == Approx(100 - 10 - 8));  // later pages: the part's own master
  CHECK(builder.plans()[0].master == &opening);
  CHECK(builder.plans()[1].master == &master);
}

TEST_CASE("text flows through a master's columns, and a last page can be balanced", "[pages]") {
  Diagnostics diags;
  PageMaster two = small_master();
  two.columns = 2;  // 180pt text block: two 85pt columns 10pt apart
  auto flow = [&](bool balance) {
    Document doc;
    PageBuilder builder(doc, diags);
    builder.start_part("test", two, false, "two columns");
    builder.set_balance(balance);
    SetParagraph a = lines("a", 16);
    a.widows = a.orphans = 1;
    builder.place({a});
    return doc;
  };
  Document plain = flow(false);
  // Six lines a column: a1-a6 left, a7-a12 right, a13-a16 on page 2's left column.
  CHECK(where(plain, "a6").page == 1);
  CHECK(where(plain, "a7").page == 1);
  CHECK(where(plain, "a7").x == Approx(10 + 85 + 10));
  CHECK(where(plain, "a7").y == Approx(82));
  CHECK(where(plain, "a13").page == 2);
  CHECK(where(plain, "a16").x == Approx(10));
  // Balanced, the last page's four lines stand two and two.
  Document balanced = flow(true);
  CHECK(where(balanced, "a13").page == 2);
  CHECK(where(balanced, "a14").x == Approx(10));
  CHECK(where(balanced, "a15").x == Approx(10 + 85 + 10));
  CHECK(where(balanced, "a15").y == Approx(82));
  CHECK(where(balanced, "a12").page == 1);  // earlier pages are not touched
  CHECK(diags.all().empty());
}

TEST_CASE("left-hand pages may have a master of their own", "[pages]") {
  Diagnostics diags;
  const PageMaster master = small_master();
  PageMaster verso = small_master();
  verso.name = "verso";
  verso.headers.push_back({"{journal}", "head", Pt(5), RunningLine::Placement::outside, {}});
  Document doc;
  PageBuilder builder(doc, diags);
  builder.set_verso_master(&verso);
  builder.start_part("test", master, false, "abstracts");
  SetParagraph a = lines("a", 15);
  a.widows = a.orphans = 1;
  builder.place({a});
  REQUIRE(doc.pages.size() == 3);
  CHECK(builder.plans()[0].master == &master);  // page 1, a recto
  CHECK(builder.plans()[1].master == &verso);   // page 2, a verso
  CHECK(builder.plans()[2].master == &master);
}
