// Page builder cases on synthetic lines: 12pt leading, 8pt ascent, 2pt descent, in an 80pt frame
// (a 100pt page with 10pt margins), so six lines fill a page (baselines 8, 20, ..., 68) and every
// expected position can be worked out by hand.

#include "layout/pages/page_builder.h"

#include "base/limits.h"
#include "fonts/font_library.h"
#include "layout/pages/folio.h"

#include <catch2/catch.hpp>

#include <variant>

using namespace folio;

namespace {

PageMaster small_master(const std::string& name = "small") {
  PageMaster m;
  m.name = name;
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
    GlyphRun& run = line.runs.emplace_back();
    run.size = Pt(10);
    run.text = name + std::to_string(i);
    line.ascent = Pt(8);
    line.descent = Pt(2);
    line.leading = Pt(12);
    p.lines.push_back(line);
  }
  return p;
}

struct Fill {};
struct Break {};
using TestBlock = std::variant<SetParagraph, SetColumns, Fill, Break>;

// Collects pages into a document by their index.
class Collect : public PageSink {
 public:
  void page(Page&& page, std::size_t index) override {
    if (doc.pages.size() <= index) doc.pages.resize(index + 1);
    doc.pages[index] = std::move(page);
  }
  void bookmark(const OutlineEntry& entry) override { doc.outline.push_back(entry); }
  Document doc;
};

ComposedPart part_on(const PageMaster& body, const PageMaster* opening = nullptr,
                     const PageMaster* verso = nullptr) {
  ComposedPart part;
  part.kind = "test";
  part.title = "part";
  part.body = {&body, {}};
  part.opening = {opening ? opening : &body, {}};
  part.verso = {verso ? verso : &body, {}};
  return part;
}

struct Context {
  FontLibrary fonts;
  LayoutContext layout{fonts};
};

PartPages place(const ComposedPart& part, std::vector<TestBlock> blocks, Collect& sink,
                Diagnostics& diags, std::size_t first_index = 0) {
  static Context context;
  PageBuilder builder(part, first_index, context.layout, diags, sink);
  VerticalList list([&](VerticalItem&& item) { builder.add(std::move(item)); });
  for (TestBlock& b : blocks) {
    if (auto* p = std::get_if<SetParagraph>(&b)) list.add(std::move(*p));
    if (auto* c = std::get_if<SetColumns>(&b)) list.add(std::move(*c));
    if (std::holds_alternative<Fill>(b)) list.add_fill();
    if (std::holds_alternative<Break>(b)) list.add_page_break();
  }
  return builder.finish();
}

Document build(std::vector<TestBlock> blocks, Diagnostics& diags) {
  static const PageMaster master = small_master();
  Collect sink;
  place(part_on(master), std::move(blocks), sink, diags);
  return std::move(sink.doc);
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

SetParagraph free_lines(const std::string& name, int n) {
  SetParagraph p = lines(name, n);
  p.widows = p.orphans = 1;
  return p;
}

}  // namespace

TEST_CASE("six lines fill a page, and the seventh starts the next", "[pages]") {
  Diagnostics diags;
  Document doc = build({free_lines("a", 8)}, diags);
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

TEST_CASE("a fill pushes what follows to the foot of the page, as on a cover", "[pages]") {
  Diagnostics diags;
  Document doc = build({lines("t", 2), Fill{}, lines("i", 2)}, diags);
  REQUIRE(doc.pages.size() == 1);
  CHECK(where(doc, "t1").y == Approx(82));
  CHECK(where(doc, "t2").y == Approx(70));
  // The last line's descent sits on the frame's foot: baseline 10 + 2.
  CHECK(where(doc, "i2").y == Approx(12));
  CHECK(where(doc, "i1").y == Approx(24));
  // Two fills share the slack.
  Document two = build({lines("t", 1), Fill{}, lines("m", 1), Fill{}, lines("i", 1)}, diags);
  const double slack = 80 - (8 + 24 + 2);
  CHECK(where(two, "m1").y == Approx(82 - 12 - slack / 2));
  CHECK(where(two, "i1").y == Approx(12));
}

TEST_CASE("pages before a forced break are filled, not balanced", "[pages]") {
  Diagnostics diags;
  // 12 lines, a break, 12 lines, on six-line pages: pages start at lines 1, 7, 13 and 19.
  Document doc = build({free_lines("a", 12), Break{}, free_lines("b", 12)}, diags);
  CHECK(where(doc, "a6").page == 1);
  CHECK(where(doc, "a7").page == 2);
  CHECK(where(doc, "a12").page == 2);
  CHECK(where(doc, "b1").page == 3);
  CHECK(where(doc, "b6").page == 3);
  CHECK(where(doc, "b7").page == 4);
  // And with the break after 8 lines: 6 + 2, not 4 + 4.
  Document eight = build({free_lines("a", 8), Break{}, free_lines("b", 3)}, diags);
  CHECK(where(eight, "a6").page == 1);
  CHECK(where(eight, "a7").page == 2);
  CHECK(where(eight, "b1").page == 3);
}

TEST_CASE("a part that starts on a recto gets a blank verso before it", "[pages]") {
  Diagnostics diags;
  const PageMaster master = small_master();
  Collect sink;
  ComposedPart cover = part_on(master), contents = part_on(master), rest = part_on(master);
  cover.recto = contents.recto = true;
  cover.title = "cover";
  contents.title = "contents";
  rest.title = "contributors";
  const PartPages a = place(cover, {lines("c", 1)}, sink, diags, 0);
  const PartPages b = place(contents, {lines("t", 1)}, sink, diags, a.count);  // page 2: a verso
  const PartPages c = place(rest, {lines("k", 1)}, sink, diags, a.count + b.count);
  CHECK(a.count == 1);
  CHECK(b.count == 2);
  CHECK(b.first == 1);
  CHECK(b.opening_label == "iii");
  CHECK(c.count == 1);
  REQUIRE(sink.doc.pages.size() == 4);
  CHECK(sink.doc.pages[1].items.empty());
  CHECK(sink.doc.pages[1].label == "ii");
  CHECK(where(sink.doc, "t1").page == 3);
  CHECK(where(sink.doc, "k1").page == 4);
  // Facing pages: the inside margin is on the left of a recto and the right of a verso.
  CHECK(sink.doc.pages[2].frames.front().x == master.margin_inside);
  // Outline entries for each part, at its opening page.
  REQUIRE(sink.doc.outline.size() == 3);
  CHECK(sink.doc.outline[1].page == 2);
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
  PageMaster opening = small_master("opening");
  opening.margin_top = Pt(34);  // two lines deeper: four lines fit on the opening page
  Collect sink;
  place(part_on(master, &opening), {free_lines("a", 10)}, sink, diags);
  const Document& doc = sink.doc;
  CHECK(where(doc, "a1").y == Approx(100 - 34 - 8));
  CHECK(where(doc, "a4").page == 1);
  CHECK(where(doc, "a5").page == 2);
  CHECK(where(doc, "a5").y == Approx(100 - 10 - 8));  // later pages: the part's own master
  CHECK(doc.pages[0].master == "opening");
  CHECK(doc.pages[1].master == "small");
}

TEST_CASE("text flows through a master's columns, and a last page can be balanced", "[pages]") {
  Diagnostics diags;
  PageMaster two = small_master();
  two.columns = 2;  // 180pt text block: two 85pt columns 10pt apart
  auto flow = [&](bool balance) {
    Collect sink;
    ComposedPart part = part_on(two);
    part.balance_columns = balance;
    place(part, {free_lines("a", 16)}, sink, diags);
    return std::move(sink.doc);
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
  const PageMaster verso = small_master("verso");
  Collect sink;
  place(part_on(master, nullptr, &verso), {free_lines("a", 15)}, sink, diags);
  REQUIRE(sink.doc.pages.size() == 3);
  CHECK(sink.doc.pages[0].master == "small");  // page 1, a recto
  CHECK(sink.doc.pages[1].master == "verso");  // page 2, a verso
  CHECK(sink.doc.pages[2].master == "small");
}

TEST_CASE("pages are handed on while the part is still being laid out", "[pages]") {
  // A sink that records how many items the builder had been given when each page came.
  struct Watch : PageSink {
    std::size_t given = 0;
    std::vector<std::size_t> when;
    void page(Page&&, std::size_t) override { when.push_back(given); }
    void bookmark(const OutlineEntry&) override {}
  } watch;
  static Context context;
  Diagnostics diags;
  const PageMaster master = small_master();
  const ComposedPart part = part_on(master);
  PageBuilder builder(part, 0, context.layout, diags, watch);
  VerticalList list([&](VerticalItem&& item) {
    ++watch.given;
    builder.add(std::move(item));
  });
  for (int p = 0; p < 100; ++p) list.add(free_lines("p" + std::to_string(p) + "-", 6));
  builder.finish();
  REQUIRE(watch.when.size() == 100);
  // The first page was settled long before the part's 600 lines were all given.
  CHECK(watch.when.front() < 100);
  CHECK(watch.when[50] < 400);
}

TEST_CASE("no page is made past the page limit: the part stops with one error", "[pages]") {
  static const PageMaster master = small_master();
  ComposedPart part = part_on(master);
  part.pos = {"style.xml", 7, 3};
  Collect sink;
  Diagnostics diags;
  // Two pages fit below the limit; the part has four pages of lines.
  const std::size_t first = limits::kMaxPages - 2;
  place(part, {free_lines("a", 24)}, sink, diags, first);
  REQUIRE(sink.doc.pages.size() == first + 2);  // indices first and first + 1, nothing after
  CHECK(sink.doc.pages[first].items.size() == 6);
  CHECK(sink.doc.pages[first + 1].items.size() == 6);
  REQUIRE(diags.error_count() == 1);
  CHECK_THAT(diags.all()[0].format(),
             Catch::StartsWith("style.xml:7:3: error: the front matter reaches 20000 pages"));
}
